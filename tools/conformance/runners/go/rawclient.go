package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"time"
)

// playAgainstServer opens a raw connection to a server peer, upgrades, writes the vector's
// bytes exactly and reports the server's reply. An error means the peer did not upgrade.
func playAgainstServer(addr string, v vector) (reply, error) {
	conn, err := net.DialTimeout("tcp", addr, playLimit)
	if err != nil {
		return reply{}, fmt.Errorf("cannot connect to %s: %v", addr, err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(playLimit))

	request := "GET / HTTP/1.1\r\n" +
		"Host: " + addr + "\r\n" +
		"Upgrade: websocket\r\n" +
		"Connection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + newWebSocketKey() + "\r\n" +
		"Sec-WebSocket-Version: 13\r\n\r\n"
	if _, err := conn.Write([]byte(request)); err != nil {
		return reply{}, fmt.Errorf("cannot send the upgrade request: %v", err)
	}
	r := bufio.NewReader(conn)
	// ReadResponse stops at the end of the head; the reader keeps any frame bytes after it.
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		return reply{}, fmt.Errorf("no upgrade response: %v", err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return reply{}, fmt.Errorf("upgrade answered %s instead of 101", resp.Status)
	}
	if _, err := conn.Write(v.bytes); err != nil {
		// The server may hang up mid-write; what it sent before that is still the answer.
		progress("%s: write cut short (%v); reading what the server sent", v.id, err)
	}
	return awaitClose(conn, r), nil
}
