package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"sync"
)

// The Debian packages of the two libraries (GOPATH mode, offline); the peers' versions are theirs.
const (
	gorillaPackage = "golang-github-gorilla-websocket-dev"
	nhooyrPackage  = "golang-nhooyr-websocket-dev"
)

// peerInfo is the peer line of the protocol.
type peerInfo struct {
	Type           string `json:"type"`
	Peer           string `json:"peer"`
	Implementation string `json:"implementation"`
	Version        string `json:"version"`
	Language       string `json:"language"`
	Role           string `json:"role"`
}

// peerLines gives a library's two peer lines, keyed name-server and name-client.
func peerLines(implementation, name, version string) (server, client peerInfo) {
	server = peerInfo{Type: "peer", Peer: name + "-server", Implementation: implementation, Version: version, Language: "Go", Role: "server"}
	client = server
	client.Peer, client.Role = name+"-client", "client"
	return server, client
}

// serverPeer is a library's ordinary server: its handler upgrades and reads until an error.
// configured gives the same server willing to use the given subprotocols (for handshake vectors).
type serverPeer struct {
	info       peerInfo
	handler    http.HandlerFunc
	configured func(subprotocols []string) http.HandlerFunc
	// reports: what the library told the handler when a connection closed, by the client's address.
	reports *reportBook
}

// clientPeer dials url with the library's client and reads until an error; it returns then, with
// what the library reported.
// handshake dials offering subprotocols, closes normally once open, and returns the subprotocol
// the library reports; an error means the library failed the connection.
type clientPeer struct {
	info      peerInfo
	run       func(ctx context.Context, url string) (reported, error)
	handshake func(ctx context.Context, url string, subprotocols []string) (string, error)
}

// debianVersion reads the installed version and drops the Debian revision (neither package carries patches).
func debianVersion(pkg string) (string, error) {
	out, err := exec.Command("dpkg-query", "-W", "-f=${Version}", pkg).Output()
	if err != nil || len(out) == 0 {
		return "", fmt.Errorf("cannot read the version of %s with dpkg-query (%v); install it with apt-get install %s", pkg, err, pkg)
	}
	version := string(out)
	if i := strings.LastIndex(version, "-"); i > 0 {
		version = version[:i]
	}
	return version, nil
}

// connTracker lets the runner close, at exit, every connection a library took over with Hijack
// and left open: closing them earlier would be the runner's act, not the library's.
type connTracker struct {
	mu    sync.Mutex
	conns []net.Conn
}

func (t *connTracker) add(c net.Conn) {
	t.mu.Lock()
	t.conns = append(t.conns, c)
	t.mu.Unlock()
}

func (t *connTracker) closeAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, c := range t.conns {
		c.Close()
	}
	t.conns = nil
}

// trackingWriter passes Hijack through to the library and records the connection.
type trackingWriter struct {
	http.ResponseWriter
	tracker *connTracker
}

func (w trackingWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, rw, err := w.ResponseWriter.(http.Hijacker).Hijack()
	if err == nil {
		w.tracker.add(conn)
	}
	return conn, rw, err
}

func (t *connTracker) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(trackingWriter{w, t}, r)
	})
}

// dialer returns a DialContext that records every connection a client library opens.
func (t *connTracker) dialer() func(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := d.DialContext(ctx, network, addr)
		if err == nil {
			t.add(conn)
		}
		return conn, err
	}
}
