package main

import (
	"bufio"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"net"
	"os"
	"time"
)

// playLimit bounds every wait of the protocol; the only verdict it can give is timeout.
const playLimit = 10 * time.Second

const opClose = 0x8

// largest payload kept in memory; bigger (broken) frames are skipped, not buffered.
const maxKeptPayload = 1 << 16

// reply is what a peer answered: a Close frame (code nil for an empty or 1-byte body), none or timeout.
type reply struct {
	frame string
	code  *int
}

func (r reply) MarshalJSON() ([]byte, error) {
	if r.frame == "close" {
		return json.Marshal(struct {
			Frame string `json:"frame"`
			Code  *int   `json:"code"`
		}{r.frame, r.code})
	}
	return json.Marshal(struct {
		Frame string `json:"frame"`
	}{r.frame})
}

// awaitClose reads frames until the first Close frame, the peer closing TCP, or the deadline.
// Non-Close frames (a Pong, say) are skipped.
func awaitClose(conn net.Conn, r *bufio.Reader) reply {
	conn.SetReadDeadline(time.Now().Add(playLimit))
	for {
		opcode, payload, err := readFrame(r)
		if err != nil {
			var netErr net.Error
			if errors.As(err, &netErr) && netErr.Timeout() {
				return reply{frame: "timeout"}
			}
			// EOF, reset or a frame cut short: the peer dropped the connection.
			return reply{frame: "none"}
		}
		if opcode != opClose {
			continue
		}
		if len(payload) < 2 {
			return reply{frame: "close"}
		}
		code := int(binary.BigEndian.Uint16(payload))
		return reply{frame: "close", code: &code}
	}
}

// readFrame reads one frame and returns its opcode and unmasked payload (truncated past maxKeptPayload).
func readFrame(r *bufio.Reader) (byte, []byte, error) {
	var head [2]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return 0, nil, err
	}
	opcode := head[0] & 0x0f
	masked := head[1]&0x80 != 0
	length := uint64(head[1] & 0x7f)
	switch length {
	case 126:
		var ext [2]byte
		if _, err := io.ReadFull(r, ext[:]); err != nil {
			return 0, nil, err
		}
		length = uint64(binary.BigEndian.Uint16(ext[:]))
	case 127:
		var ext [8]byte
		if _, err := io.ReadFull(r, ext[:]); err != nil {
			return 0, nil, err
		}
		length = binary.BigEndian.Uint64(ext[:])
	}
	var mask [4]byte
	if masked {
		if _, err := io.ReadFull(r, mask[:]); err != nil {
			return 0, nil, err
		}
	}
	if length > maxKeptPayload {
		if _, err := io.CopyN(io.Discard, r, int64(length)); err != nil {
			return 0, nil, err
		}
		return opcode, nil, nil
	}
	payload := make([]byte, length)
	if _, err := io.ReadFull(r, payload); err != nil {
		return 0, nil, err
	}
	if masked {
		for i := range payload {
			payload[i] ^= mask[i%4]
		}
	}
	return opcode, payload, nil
}

func newWebSocketKey() string {
	var raw [16]byte
	if _, err := rand.Read(raw[:]); err != nil {
		fail("cannot read random bytes for a Sec-WebSocket-Key: %v", err)
	}
	return base64.StdEncoding.EncodeToString(raw[:])
}

// acceptFor computes Sec-WebSocket-Accept (RFC 6455 §4.2.2).
func acceptFor(key string) string {
	sum := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	return base64.StdEncoding.EncodeToString(sum[:])
}

func progress(format string, args ...interface{}) {
	logf(os.Stderr, format, args...)
}
