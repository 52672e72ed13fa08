package main

import (
	"bufio"
	"context"
	"encoding/hex"
	"fmt"
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

// clientHandshake is a handshake vector for a client: what it offers, and the raw server's 101 header lines.
type clientHandshake struct {
	vector
	subprotocols []string
}

type side struct {
	Subprotocols []string `json:"subprotocols"`
}

type message struct {
	Headers []struct {
		Name     string `json:"name"`
		ValueHex string `json:"valueHex"`
	} `json:"headers"`
}

type handshakeFile struct {
	Vectors []struct {
		ID       string   `json:"id"`
		Peer     string   `json:"peer"`
		Server   *side    `json:"server"`
		Client   *side    `json:"client"`
		Request  *message `json:"request"`
		Response *message `json:"response"`
	} `json:"vectors"`
}

// headerLines writes a vector's header fields as on the wire: "Name: ", the value's bytes, CRLF.
func headerLines(id string, m *message) ([]byte, error) {
	var lines []byte
	for _, h := range m.Headers {
		value, err := hex.DecodeString(h.ValueHex)
		if err != nil {
			return nil, fmt.Errorf("handshake.json: vector %s: %s valueHex is not hex (%v); regenerate the fixtures with npm run generate", id, h.Name, err)
		}
		lines = append(append(append(lines, h.Name+": "...), value...), "\r\n"...)
	}
	return lines, nil
}

// loadHandshakes reads handshake.json: the vectors for servers and those for clients.
func loadHandshakes(dir, only string) ([]serverHandshake, []clientHandshake, error) {
	var file handshakeFile
	if err := readJSON(filepath.Join(dir, "handshake.json"), &file); err != nil {
		return nil, nil, err
	}
	var servers []serverHandshake
	var clients []clientHandshake
	for _, v := range file.Vectors {
		if !strings.Contains(v.ID, only) {
			continue
		}
		switch {
		case v.Peer == "server" && v.Server != nil && v.Request != nil:
			lines, err := headerLines(v.ID, v.Request)
			if err != nil {
				return nil, nil, err
			}
			servers = append(servers, serverHandshake{v.ID, v.Server.Subprotocols, lines})
		case v.Peer == "client" && v.Client != nil && v.Response != nil:
			lines, err := headerLines(v.ID, v.Response)
			if err != nil {
				return nil, nil, err
			}
			clients = append(clients, clientHandshake{vector{v.ID, nil, lines}, v.Client.Subprotocols})
		default:
			return nil, nil, fmt.Errorf("handshake.json: vector %s has no peer with its server/request or client/response; regenerate the fixtures with npm run generate", v.ID)
		}
	}
	return servers, clients, nil
}

// opened is the observation of a client handshake (PROTOCOL.md).
type opened struct {
	Opened   bool    `json:"opened"`
	Protocol *string `json:"protocol"`
}

type clientHandshakeResult struct {
	Type     string `json:"type"`
	Peer     string `json:"peer"`
	ID       string `json:"id"`
	Observed opened `json:"observed"`
}

// handshakeWithClient has the client dial the raw server, offering the vector's subprotocols; the
// raw server's 101 carries the vector's header lines. An error from the dial is the library failing.
func handshakeWithClient(peer clientPeer, raw *rawServer, v clientHandshake) opened {
	replies := raw.expect(v.vector)
	protocol, err := peer.handshake(context.Background(), "ws://"+raw.addr()+"/"+v.id, v.subprotocols)
	select {
	case <-replies:
	case <-time.After(playLimit):
		progress("%s on %s: the raw server saw no end of the connection within %s", peer.info.Peer, v.id, playLimit)
	}
	if err != nil {
		return opened{false, nil}
	}
	if protocol == "" {
		return opened{true, nil}
	}
	return opened{true, &protocol}
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
	conn, err := sendUpgrade(addr, v.headers)
	if err != nil {
		return response{}, err
	}
	defer conn.Close()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		// The server hung up (or said nothing) before a whole response head.
		return response{}, nil
	}
	status := resp.StatusCode
	return response{&status, joined(resp.Header, "Sec-WebSocket-Protocol"), joined(resp.Header, "Sec-WebSocket-Version")}, nil
}
