package main

import (
	"bufio"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// rawServer plays vectors against one client peer: the request path names the vector.
type rawServer struct {
	listener net.Listener
	mu       sync.Mutex
	pending  map[string]pendingPlay
	wg       sync.WaitGroup
}

type pendingPlay struct {
	v       vector
	replies chan reply
}

func startRawServer() (*rawServer, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &rawServer{listener: l, pending: map[string]pendingPlay{}}
	s.wg.Add(1)
	go s.acceptLoop()
	return s, nil
}

func (s *rawServer) addr() string { return s.listener.Addr().String() }

// expect registers a vector before its client dials; the reply arrives on the channel.
func (s *rawServer) expect(v vector) chan reply {
	ch := make(chan reply, 1)
	s.mu.Lock()
	s.pending[v.id] = pendingPlay{v, ch}
	s.mu.Unlock()
	return ch
}

func (s *rawServer) acceptLoop() {
	defer s.wg.Done()
	for {
		conn, err := s.listener.Accept()
		if err != nil {
			return // listener closed at shutdown
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.serve(conn)
		}()
	}
}

func (s *rawServer) serve(conn net.Conn) {
	// Closing first is the server's part (RFC 6455 §7.1.1), done once the reply is read.
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(playLimit))
	r := bufio.NewReader(conn)
	req, err := http.ReadRequest(r)
	if err != nil {
		progress("raw server: unreadable upgrade request: %v", err)
		return
	}
	id := strings.TrimPrefix(req.URL.Path, "/")
	s.mu.Lock()
	play, ok := s.pending[id]
	delete(s.pending, id)
	s.mu.Unlock()
	if !ok {
		progress("raw server: request for unknown vector %q", id)
		conn.Write([]byte("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"))
		return
	}
	response := "HTTP/1.1 101 Switching Protocols\r\n" +
		"Upgrade: websocket\r\n" +
		"Connection: Upgrade\r\n" +
		"Sec-WebSocket-Accept: " + acceptFor(req.Header.Get("Sec-WebSocket-Key")) + "\r\n"
	if _, err := conn.Write(append(append([]byte(response), play.v.headers...), "\r\n"...)); err != nil {
		play.replies <- reply{frame: "none"}
		return
	}
	if _, err := conn.Write(play.v.bytes); err != nil {
		progress("%s: write cut short (%v); reading what the client sent", play.v.id, err)
	}
	play.replies <- awaitClose(conn, r)
}

// close stops accepting and waits for every connection it served to be closed.
func (s *rawServer) close() {
	s.listener.Close()
	s.wg.Wait()
}
