package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"time"
)

// playAgainstServer opens a raw connection to a server peer, upgrades, writes the vector's
// bytes exactly and reports the server's reply, and the address it connected from (the server's
// RemoteAddr). An error means the peer did not upgrade.
func playAgainstServer(addr string, v vector) (reply, string, error) {
	conn, err := sendUpgrade(addr, []byte("Sec-WebSocket-Version: 13\r\n"))
	if err != nil {
		return reply{}, "", err
	}
	defer conn.Close()
	from := conn.LocalAddr().String()
	r := bufio.NewReader(conn)
	// ReadResponse stops at the end of the head; the reader keeps any frame bytes after it.
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		return reply{}, "", fmt.Errorf("no upgrade response: %v", err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return reply{}, "", fmt.Errorf("upgrade answered %s instead of 101", resp.Status)
	}
	if _, err := conn.Write(v.bytes); err != nil {
		// The server may hang up mid-write; what it sent before that is still the answer.
		progress("%s: write cut short (%v); reading what the server sent", v.id, err)
	}
	return awaitClose(conn, r), from, nil
}

// sendUpgrade connects to addr and sends an upgrade request: Host, Upgrade, Connection and a
// fresh key, then the given header lines (each ending in CRLF). The connection's deadline is
// playLimit from now; the caller closes it.
func sendUpgrade(addr string, headers []byte) (net.Conn, error) {
	conn, err := net.DialTimeout("tcp", addr, playLimit)
	if err != nil {
		return nil, fmt.Errorf("cannot connect to %s: %v", addr, err)
	}
	conn.SetDeadline(time.Now().Add(playLimit))
	request := "GET / HTTP/1.1\r\nHost: " + addr + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + newWebSocketKey() + "\r\n"
	if _, err := conn.Write(append(append([]byte(request), headers...), "\r\n"...)); err != nil {
		conn.Close()
		return nil, fmt.Errorf("cannot send the upgrade request: %v", err)
	}
	return conn, nil
}
