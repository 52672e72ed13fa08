/* The application side of the libwebsockets peers (Debian libwebsockets-dev): an ordinary server or
 * client that reads messages, lets the library close, and prints what the library told it. The
 * Python runner plays the raw side of each vector against it (runners/native/README.md).
 *
 *   libwebsockets_peer server [SUBPROTOCOL...]    prints "listening PORT", then "closed REMOTEPORT CODE =REASONHEX"
 *   libwebsockets_peer client URL [SUBPROTOCOL...] prints "open =PROTOCOLHEX" or "failed", then "closed CODE =REASONHEX"
 * Both exit when stdin ends; the client closes normally on a "close" line.
 *
 * libwebsockets tells the application of a Close frame only through LWS_CALLBACK_WS_PEER_INITIATED_CLOSE,
 * with the frame's raw body: CODE and REASON are that body split (code "-" and reason "-" when the
 * callback did not come, or the body was under 2 bytes).
 */
#include <libwebsockets.h>

#include <arpa/inet.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct session {
  int port;            /* the remote port (server) */
  int has_close;       /* a Close body of 2 bytes or more reached the application */
  int code;
  char reason[260];    /* "=" and the reason's bytes in hex */
  char protocol[260];  /* the subprotocol of the server's response (client), as reason */
};

static struct lws_context *context;
static struct lws *client_wsi;
static volatile int close_requested, done;

static void hex_field(char *out, const unsigned char *bytes, size_t len) {
  static const char digits[] = "0123456789abcdef";
  *out++ = '=';
  for (size_t i = 0; i < len && i < 125; i++) {
    *out++ = digits[bytes[i] >> 4];
    *out++ = digits[bytes[i] & 15];
  }
  *out = '\0';
}

static void report(const char *prefix, const struct session *s) {
  if (s->has_close) printf("%s %d %s\n", prefix, s->code, s->reason);
  else printf("%s - -\n", prefix);
  fflush(stdout);
}

static void note_close(struct session *s, const unsigned char *body, size_t len) {
  if (len < 2) return;
  s->has_close = 1;
  s->code = body[0] << 8 | body[1];
  hex_field(s->reason, body + 2, len - 2);
}

static int on_event(struct lws *wsi, enum lws_callback_reasons why, void *user, void *in, size_t len) {
  struct session *s = user;
  char line[300], protocol[128];
  switch (why) {
  case LWS_CALLBACK_ESTABLISHED: {
    struct sockaddr_in peer;
    socklen_t size = sizeof peer;
    if (getpeername(lws_get_socket_fd(wsi), (struct sockaddr *)&peer, &size) == 0) s->port = ntohs(peer.sin_port);
    break;
  }
  case LWS_CALLBACK_WS_PEER_INITIATED_CLOSE:
    note_close(s, in, len);
    break;  /* returning 0 lets the library answer the Close */
  case LWS_CALLBACK_CLOSED:
    snprintf(line, sizeof line, "closed %d", s->port);
    report(line, s);
    break;
  case LWS_CALLBACK_CLIENT_FILTER_PRE_ESTABLISH: {  /* the response's header fields are still held */
    int n = lws_hdr_copy(wsi, protocol, sizeof protocol, WSI_TOKEN_PROTOCOL);
    hex_field(s->protocol, (const unsigned char *)protocol, n > 0 ? (size_t)n : 0);
    break;
  }
  case LWS_CALLBACK_CLIENT_ESTABLISHED:
    printf("open %s\n", s->protocol[0] ? s->protocol : "=");
    fflush(stdout);
    break;
  case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
    printf("failed\n");
    fflush(stdout);
    done = 1;
    break;
  case LWS_CALLBACK_CLIENT_CLOSED:
    report("closed", s);
    done = 1;
    break;
  case LWS_CALLBACK_EVENT_WAIT_CANCELLED:  /* the stdin thread asked for a normal close */
    if (close_requested && client_wsi) lws_callback_on_writable(client_wsi);
    break;
  case LWS_CALLBACK_CLIENT_WRITEABLE:
    if (close_requested) {
      lws_close_reason(wsi, LWS_CLOSE_STATUS_NORMAL, NULL, 0);
      return -1;  /* libwebsockets' way to close: it sends the Close set above */
    }
    break;
  default:
    break;
  }
  return 0;
}

static void *watch_stdin(void *unused) {
  char line[64];
  (void)unused;
  while (fgets(line, sizeof line, stdin)) {
    if (strcmp(line, "close\n") == 0) {
      close_requested = 1;
      lws_cancel_service(context);
    }
  }
  fflush(stdout);
  _exit(0);
}

static struct lws_protocols *protocol_list(int count, char **names) {
  /* A server with no subprotocols still needs one protocol, named so that no offer matches it. */
  static char *none[] = {"wscodes-no-subprotocol"};
  if (count == 0) count = 1, names = none;
  struct lws_protocols *list = calloc(count + 1, sizeof *list);
  for (int i = 0; i < count; i++) {
    list[i].name = names[i];
    list[i].callback = on_event;
    list[i].per_session_data_size = sizeof(struct session);
  }
  return list;
}

int main(int argc, char **argv) {
  int serving = argc >= 2 && strcmp(argv[1], "server") == 0;
  if (!serving && !(argc >= 3 && strcmp(argv[1], "client") == 0)) {
    fprintf(stderr, "usage: libwebsockets_peer server [SUBPROTOCOL...] | client URL [SUBPROTOCOL...]\n");
    return 2;
  }
  lws_set_log_level(0, NULL);
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.gid = -1;
  info.uid = -1;
  if (serving) {
    info.port = 0;  /* any free port */
    info.iface = "127.0.0.1";
    info.protocols = protocol_list(argc - 2, argv + 2);
  } else {
    info.port = CONTEXT_PORT_NO_LISTEN;
    info.protocols = protocol_list(0, NULL);
  }
  context = lws_create_context(&info);
  if (!context) {
    fprintf(stderr, "libwebsockets_peer: lws_create_context failed\n");
    return 1;
  }
  if (serving) {
    printf("listening %d\n", lws_get_vhost_listen_port(lws_get_vhost_by_name(context, "default")));
    fflush(stdout);
  } else {
    char url[512], path[520], offer[512] = "";
    const char *scheme, *address, *rest;
    int port;
    snprintf(url, sizeof url, "%s", argv[2]);
    if (lws_parse_uri(url, &scheme, &address, &port, &rest)) {
      fprintf(stderr, "libwebsockets_peer: cannot parse %s\n", argv[2]);
      return 1;
    }
    snprintf(path, sizeof path, "/%s", rest);
    for (int i = 3; i < argc; i++) {
      strncat(offer, argv[i], sizeof offer - strlen(offer) - 3);
      if (i + 1 < argc) strcat(offer, ", ");
    }
    struct lws_client_connect_info connect;
    memset(&connect, 0, sizeof connect);
    connect.context = context;
    connect.address = address;
    connect.port = port;
    connect.path = path;
    connect.host = address;
    connect.origin = address;
    connect.protocol = argc > 3 ? offer : NULL;
    connect.pwsi = &client_wsi;
    if (!lws_client_connect_via_info(&connect)) {
      printf("failed\n");
      fflush(stdout);
      done = 1;
    }
  }
  pthread_t reader;
  pthread_create(&reader, NULL, watch_stdin, NULL);
  while (!done && lws_service(context, 0) >= 0) {
  }
  fflush(stdout);
  pause();  /* the runner ends the process by closing stdin */
  return 0;
}
