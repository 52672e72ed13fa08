package main

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// Same steps as nhooyrPeers (nhooyr.go), by design: `duplicates` pairs them by shape, but every line calls its own
// library (its upgrader, its dialer, its close errors); what both share is in peers.go and reported.go.
func gorillaPeers(version string, tracker *connTracker) (serverPeer, clientPeer) {
	server, client := peerLines("gorilla/websocket", "gorilla", version)
	reports := newReportBook()
	// The zero Upgrader is gorilla's documented default; with Subprotocols it selects the first of
	// them the client offers.
	serveWith := func(upgrader websocket.Upgrader) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			conn, err := upgrader.Upgrade(w, r, nil)
			if err != nil {
				return
			}
			// gorilla never closes the socket itself; its docs make Close the application's job.
			defer conn.Close()
			reports.record(r.RemoteAddr, gorillaReport(readUntilError(conn)))
		}
	}
	serve := serveWith(websocket.Upgrader{})
	configured := func(subprotocols []string) http.HandlerFunc {
		return serveWith(websocket.Upgrader{Subprotocols: subprotocols})
	}

	dialer := websocket.Dialer{NetDialContext: tracker.dialer(), HandshakeTimeout: playLimit}
	run := func(ctx context.Context, url string) (reported, error) {
		conn, _, err := dialer.DialContext(ctx, url, nil)
		if err != nil {
			return reported{}, err
		}
		defer conn.Close()
		return gorillaReport(readUntilError(conn)), nil
	}
	handshake := func(ctx context.Context, url string, subprotocols []string) (string, error) {
		offering := dialer
		offering.Subprotocols = subprotocols
		conn, _, err := offering.DialContext(ctx, url, nil)
		if err != nil {
			return "", err
		}
		defer conn.Close()
		protocol := conn.Subprotocol()
		conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(playLimit))
		readUntilError(conn)
		return protocol, nil
	}
	return serverPeer{server, serve, configured, reports}, clientPeer{client, run, handshake}
}

// readUntilError reads until the library returns an error: what it tells its application.
func readUntilError(conn *websocket.Conn) error {
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			return err
		}
	}
}

// gorillaReport reads gorilla's *CloseError (Code, Text); any other error carries no code.
func gorillaReport(err error) reported {
	var closeErr *websocket.CloseError
	if errors.As(err, &closeErr) {
		return reportOf(closeErr.Code, closeErr.Text)
	}
	return reported{}
}
