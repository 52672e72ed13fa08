package main

import (
	"context"
	"errors"
	"net/http"

	"nhooyr.io/websocket"
)

// Same steps as gorillaPeers (gorilla.go), by design: `duplicates` pairs them by shape, but every line calls its own
// library (its upgrader, its dialer, its close errors); what both share is in peers.go and reported.go.
func nhooyrPeers(version string, tracker *connTracker) (serverPeer, clientPeer) {
	server, client := peerLines("nhooyr.io/websocket", "nhooyr", version)
	reports := newReportBook()
	serveWith := func(options *websocket.AcceptOptions) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			conn, err := websocket.Accept(w, r, options)
			if err != nil {
				return
			}
			// No Close here: nhooyr closes the connection itself on a Close frame or a protocol error,
			// and an application Close would put the application's own code on the wire.
			reports.record(r.RemoteAddr, nhooyrReport(readUntilErrorNhooyr(conn)))
		}
	}
	serve := serveWith(nil)
	// With Subprotocols, nhooyr selects the first of them the client offers.
	configured := func(subprotocols []string) http.HandlerFunc {
		return serveWith(&websocket.AcceptOptions{Subprotocols: subprotocols})
	}

	httpClient := &http.Client{Transport: &http.Transport{DialContext: tracker.dialer()}}
	run := func(ctx context.Context, url string) (reported, error) {
		conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{HTTPClient: httpClient})
		if err != nil {
			return reported{}, err
		}
		return nhooyrReport(readUntilErrorNhooyr(conn)), nil
	}
	handshake := func(ctx context.Context, url string, subprotocols []string) (string, error) {
		conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{HTTPClient: httpClient, Subprotocols: subprotocols})
		if err != nil {
			return "", err
		}
		protocol := conn.Subprotocol()
		conn.Close(websocket.StatusNormalClosure, "")
		return protocol, nil
	}
	return serverPeer{server, serve, configured, reports}, clientPeer{client, run, handshake}
}

// readUntilErrorNhooyr reads without a deadline: a read context that expires makes nhooyr send 1008.
func readUntilErrorNhooyr(conn *websocket.Conn) error {
	for {
		if _, _, err := conn.Read(context.Background()); err != nil {
			return err
		}
	}
}

// nhooyrReport reads websocket.CloseStatus(err), the library's documented way to get the code: -1
// when err is no CloseError, recorded as it is; the reason is the CloseError's Reason.
func nhooyrReport(err error) reported {
	var closeErr websocket.CloseError
	if errors.As(err, &closeErr) {
		return reportOf(int(closeErr.Code), closeErr.Reason)
	}
	code := int(websocket.CloseStatus(err))
	return reported{Code: &code}
}
