package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// vector is one thing to play: the exact bytes a raw peer writes after the handshake, and for a
// client handshake vector the header lines the raw server's 101 carries.
type vector struct {
	id      string
	bytes   []byte
	headers []byte
}

// vectorsByRole holds what a server peer receives (client frames) and what a client peer receives (server frames).
type vectorsByRole struct {
	forServers []vector
	forClients []vector
}

type payloadFile struct {
	Vectors []struct {
		ID      string `json:"id"`
		Framing struct {
			ClientFrameHex *string `json:"clientFrameHex"`
			ServerFrameHex *string `json:"serverFrameHex"`
		} `json:"framing"`
	} `json:"vectors"`
}

type frameFile struct {
	Vectors []struct {
		ID        string  `json:"id"`
		Direction string  `json:"direction"`
		FrameHex  *string `json:"frameHex"`
	} `json:"vectors"`
}

func loadVectors(dir, only string) (vectorsByRole, error) {
	var out vectorsByRole
	var payloads payloadFile
	if err := readJSON(filepath.Join(dir, "close-payloads.json"), &payloads); err != nil {
		return out, err
	}
	var frames frameFile
	if err := readJSON(filepath.Join(dir, "close-frames.json"), &frames); err != nil {
		return out, err
	}
	keep := func(id string) bool { return strings.Contains(id, only) }

	for _, v := range payloads.Vectors {
		if !keep(v.ID) {
			continue
		}
		client, err := decodeHex(v.ID, "framing.clientFrameHex", v.Framing.ClientFrameHex)
		if err != nil {
			return out, err
		}
		server, err := decodeHex(v.ID, "framing.serverFrameHex", v.Framing.ServerFrameHex)
		if err != nil {
			return out, err
		}
		out.forServers = append(out.forServers, vector{v.ID, client, nil})
		out.forClients = append(out.forClients, vector{v.ID, server, nil})
	}
	for _, v := range frames.Vectors {
		if !keep(v.ID) {
			continue
		}
		frame, err := decodeHex(v.ID, "frameHex", v.FrameHex)
		if err != nil {
			return out, err
		}
		switch v.Direction {
		case "client-to-server":
			out.forServers = append(out.forServers, vector{v.ID, frame, nil})
		case "server-to-client":
			out.forClients = append(out.forClients, vector{v.ID, frame, nil})
		default:
			return out, fmt.Errorf("close-frames.json: vector %s has direction %q; expected client-to-server or server-to-client (regenerate the fixtures with npm run generate)", v.ID, v.Direction)
		}
	}
	return out, nil
}

func readJSON(path string, into interface{}) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("cannot read %s (%v); pass --fixtures with the directory holding the vector files, e.g. packages/fixtures", path, err)
	}
	if err := json.Unmarshal(data, into); err != nil {
		return fmt.Errorf("%s is not valid vector JSON (%v); regenerate it with npm run generate", path, err)
	}
	return nil
}

func decodeHex(id, field string, value *string) ([]byte, error) {
	if value == nil {
		return nil, fmt.Errorf("vector %s has no %s; regenerate the fixtures with npm run generate", id, field)
	}
	b, err := hex.DecodeString(*value)
	if err != nil {
		return nil, fmt.Errorf("vector %s: %s is not hex (%v); regenerate the fixtures with npm run generate", id, field, err)
	}
	return b, nil
}
