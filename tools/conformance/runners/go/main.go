// Command wscodes-go-runner plays the @wscodes/fixtures close vectors against gorilla/websocket
// and nhooyr.io/websocket, as servers and as clients, and the handshake vectors too, and prints
// observations as JSON lines (tools/conformance/PROTOCOL.md).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

// Vectors in flight at once: enough for seconds-long runs, few enough for 2 busy cores.
const concurrency = 12

const usage = `Usage: run.sh --fixtures DIR [--only SUBSTRING]

Plays the close vectors of @wscodes/fixtures against gorilla/websocket and nhooyr.io/websocket
(peers gorilla-server, gorilla-client, nhooyr-server, nhooyr-client), and the vectors of
handshake.json, over 127.0.0.1 and prints one JSON line per peer and per vector on stdout (see
tools/conformance/PROTOCOL.md).

  --fixtures DIR      directory with close-payloads.json, close-frames.json and handshake.json
                      (in the repository: packages/fixtures)
  --only SUBSTRING    play only the vectors whose id contains SUBSTRING
  --help              print this help
`

type resultLine struct {
	Type     string   `json:"type"`
	Peer     string   `json:"peer"`
	ID       string   `json:"id"`
	Observed observed `json:"observed"`
}

type observed struct {
	Reply    reply    `json:"reply"`
	Reported reported `json:"reported"`
}

var stdoutMu sync.Mutex

func emit(line interface{}) {
	b, err := json.Marshal(line)
	if err != nil {
		fail("cannot encode an output line: %v", err)
	}
	stdoutMu.Lock()
	defer stdoutMu.Unlock()
	os.Stdout.Write(append(b, '\n'))
}

func logf(w io.Writer, format string, args ...interface{}) {
	fmt.Fprintf(w, "go-runner: "+format+"\n", args...)
}

func fail(format string, args ...interface{}) {
	logf(os.Stderr, format, args...)
	os.Exit(1)
}

func main() {
	flags := flag.NewFlagSet("wscodes-go-runner", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	fixtures := flags.String("fixtures", "", "")
	only := flags.String("only", "", "")
	if err := flags.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			fmt.Print(usage)
			return
		}
		fail("%v; run with --help for the usage", err)
	}
	if flags.NArg() > 0 {
		fail("unexpected argument %q; run with --help for the usage", flags.Arg(0))
	}
	if *fixtures == "" {
		fail("--fixtures DIR is required (in the repository: packages/fixtures); run with --help for the usage")
	}
	vectors, err := loadVectors(*fixtures, *only)
	if err != nil {
		fail("%v", err)
	}
	handshakes, clientHandshakes, err := loadHandshakes(*fixtures, *only)
	if err != nil {
		fail("%v", err)
	}
	if len(vectors.forServers)+len(vectors.forClients)+len(handshakes)+len(clientHandshakes) == 0 {
		fail("no vector id contains %q; check the --only value", *only)
	}

	gorillaVersion, err := debianVersion(gorillaPackage)
	if err != nil {
		fail("%v", err)
	}
	nhooyrVersion, err := debianVersion(nhooyrPackage)
	if err != nil {
		fail("%v", err)
	}
	tracker := &connTracker{}
	defer tracker.closeAll()
	gorillaServer, gorillaClient := gorillaPeers(gorillaVersion, tracker)
	nhooyrServer, nhooyrClient := nhooyrPeers(nhooyrVersion, tracker)
	servers := []serverPeer{gorillaServer, nhooyrServer}
	clients := []clientPeer{gorillaClient, nhooyrClient}

	start := time.Now()
	slots := make(chan struct{}, concurrency)
	var jobs sync.WaitGroup
	// play runs one vector in its own goroutine, at most `concurrency` at a time.
	play := func(job func()) {
		jobs.Add(1)
		go func() {
			defer jobs.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			job()
		}()
	}
	var shutdowns []func()
	defer func() {
		for _, shutdown := range shutdowns {
			shutdown()
		}
	}()

	for _, peer := range servers {
		emit(peer.info)
		addr, shutdown, err := startServerPeer(peer, tracker)
		if err != nil {
			fail("%s does not start: %v", peer.info.Peer, err)
		}
		shutdowns = append(shutdowns, shutdown)
		for _, v := range vectors.forServers {
			peer, v := peer, v
			play(func() {
				got, from, err := playAgainstServer(addr, v)
				if err != nil {
					fail("%s on %s: %v", peer.info.Peer, v.id, err)
				}
				// The raw client has closed its end: the library has playLimit to report the close.
				emit(resultLine{"result", peer.info.Peer, v.id, observed{got, peer.reports.reportFor(from)}})
			})
		}
		// One more server per subprotocol list the handshake vectors configure it with.
		configured := map[string]string{}
		for _, v := range handshakes {
			key := strings.Join(v.subprotocols, ",")
			if _, ok := configured[key]; !ok {
				addr, shutdown, err := startServerPeer(serverPeer{peer.info, peer.configured(v.subprotocols), nil, nil}, tracker)
				if err != nil {
					fail("%s does not start with subprotocols %v: %v", peer.info.Peer, v.subprotocols, err)
				}
				shutdowns = append(shutdowns, shutdown)
				configured[key] = addr
			}
			peer, v, addr := peer, v, configured[key]
			play(func() {
				got, err := requestUpgrade(addr, v)
				if err != nil {
					fail("%s on %s: %v", peer.info.Peer, v.id, err)
				}
				line := handshakeResult{Type: "result", Peer: peer.info.Peer, ID: v.id}
				line.Observed.Response = got
				emit(line)
			})
		}
	}

	for _, peer := range clients {
		emit(peer.info)
		raw, err := startRawServer()
		if err != nil {
			fail("cannot start the raw server for %s: %v", peer.info.Peer, err)
		}
		shutdowns = append(shutdowns, raw.close)
		for _, v := range vectors.forClients {
			peer, v := peer, v
			play(func() {
				emit(resultLine{"result", peer.info.Peer, v.id, playAgainstClient(peer, raw, v)})
			})
		}
		for _, v := range clientHandshakes {
			peer, v := peer, v
			play(func() {
				emit(clientHandshakeResult{"result", peer.info.Peer, v.id, handshakeWithClient(peer, raw, v)})
			})
		}
	}

	jobs.Wait()
	progress("played %d server (%d handshake) and %d client (%d handshake) vectors per peer in %.1f s",
		len(vectors.forServers)+len(handshakes), len(handshakes), len(vectors.forClients)+len(clientHandshakes), len(clientHandshakes), time.Since(start).Seconds())
}

// startServerPeer serves the peer's handler on a free loopback port.
func startServerPeer(peer serverPeer, tracker *connTracker) (string, func(), error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	server := &http.Server{Handler: tracker.wrap(peer.handler)}
	go server.Serve(l)
	return l.Addr().String(), func() { server.Close() }, nil
}

// playAgainstClient has the client peer dial the raw server, which plays the vector and
// reports the reply; then it waits, bounded, for the library's own end-of-connection signal, and
// notes what the library reported then.
func playAgainstClient(peer clientPeer, raw *rawServer, v vector) observed {
	type ended struct {
		report reported
		err    error
	}
	replies := raw.expect(v)
	done := make(chan ended, 1)
	go func() {
		report, err := peer.run(context.Background(), "ws://"+raw.addr()+"/"+v.id)
		done <- ended{report, err}
	}()

	var got reply
	select {
	case got = <-replies:
	case end := <-done:
		if end.err != nil {
			fail("%s could not open a connection for %s: %v", peer.info.Peer, v.id, end.err)
		}
		// The library gave up before the raw server finished; its reply is still coming.
		return observed{<-replies, end.report}
	}
	select {
	case end := <-done:
		if end.err != nil {
			fail("%s could not open a connection for %s: %v", peer.info.Peer, v.id, end.err)
		}
		return observed{got, end.report}
	case <-time.After(playLimit):
		progress("%s on %s: the library did not report the end of the connection within %s", peer.info.Peer, v.id, playLimit)
	}
	return observed{got, reported{}}
}
