package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"time"
)

// serverHandshake is a handshake vector for a server: the subprotocols to configure the server
// with, and the header lines of the upgrade request besides Host, Upgrade, Connection and the key.
type serverHandshake struct {
	id           string
	subprotocols []string
	headers      []byte
}

type handshakeFile struct {
	Vectors []struct {
		ID     string `json:"id"`
		Peer   string `json:"peer"`
		Server *struct {
			Subprotocols []string `json:"subprotocols"`
		} `json:"server"`
		Request *struct {
			Headers []struct {
				Name     string `json:"name"`
				ValueHex string `json:"valueHex"`
			} `json:"headers"`
		} `json:"request"`
	} `json:"vectors"`
}

// loadServerHandshakes reads the server vectors of handshake.json (this runner drives no client handshake).
func loadServerHandshakes(dir, only string) ([]serverHandshake, error) {
	var file handshakeFile
	if err := readJSON(filepath.Join(dir, "handshake.json"), &file); err != nil {
		return nil, err
	}
	var out []serverHandshake
	for _, v := range file.Vectors {
		if v.Peer != "server" || !strings.Contains(v.ID, only) {
			continue
		}
		if v.Server == nil || v.Request == nil {
			return nil, fmt.Errorf("handshake.json: vector %s has no server or request; regenerate the fixtures with npm run generate", v.ID)
		}
		var lines []byte
		for _, h := range v.Request.Headers {
			value, err := hex.DecodeString(h.ValueHex)
			if err != nil {
				return nil, fmt.Errorf("handshake.json: vector %s: %s valueHex is not hex (%v); regenerate the fixtures with npm run generate", v.ID, h.Name, err)
			}
			lines = append(append(append(lines, h.Name+": "...), value...), "\r\n"...)
		}
		out = append(out, serverHandshake{v.ID, v.Server.Subprotocols, lines})
	}
	return out, nil
}

// response is the observation of a server handshake (PROTOCOL.md); Status is nil without a whole response head.
type response struct {
	Status   *int    `json:"status"`
	Protocol *string `json:"protocol"`
	Version  *string `json:"version"`
}

type handshakeResult struct {
	Type     string `json:"type"`
	Peer     string `json:"peer"`
	ID       string `json:"id"`
	Observed struct {
		Response response `json:"response"`
	} `json:"observed"`
}

// joined is every value of the header field, joined with ", "; nil without one.
func joined(h http.Header, name string) *string {
	values := h.Values(name)
	if len(values) == 0 {
		return nil
	}
	s := strings.Join(values, ", ")
	return &s
}

// requestUpgrade sends the vector's upgrade request and reports the server's response.
func requestUpgrade(addr string, v serverHandshake) (response, error) {
	conn, err := net.DialTimeout("tcp", addr, playLimit)
	if err != nil {
		return response{}, fmt.Errorf("cannot connect to %s: %v", addr, err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(playLimit))
	request := "GET / HTTP/1.1\r\nHost: " + addr + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + newWebSocketKey() + "\r\n"
	if _, err := conn.Write(append(append([]byte(request), v.headers...), "\r\n"...)); err != nil {
		return response{}, fmt.Errorf("cannot send the upgrade request: %v", err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		// The server hung up (or said nothing) before a whole response head.
		return response{}, nil
	}
	status := resp.StatusCode
	return response{&status, joined(resp.Header, "Sec-WebSocket-Protocol"), joined(resp.Header, "Sec-WebSocket-Version")}, nil
}
