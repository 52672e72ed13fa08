// The application side of the websocketpp peers (Debian libwebsocketpp-dev, on Boost.Asio): an
// ordinary server or client that reads messages, lets the library close, and prints what the library
// told it. The Python runner plays the raw side of each vector against it (runners/native/README.md).
//
//   websocketpp_peer server [SUBPROTOCOL...]   prints "listening PORT", then "closed REMOTEPORT CODE =REASONHEX"
//   websocketpp_peer client URL [SUBPROTOCOL...] prints "open =PROTOCOLHEX" or "failed", then "closed CODE =REASONHEX"
// Both exit when stdin ends; the client closes normally on a "close" line.
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>
#include <websocketpp/server.hpp>

#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using Server = websocketpp::server<websocketpp::config::asio>;
using Client = websocketpp::client<websocketpp::config::asio_client>;

// A string as one field of a line: "=" and its bytes in hex ("=" alone for an empty string).
static std::string hex(const std::string& bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out = "=";
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

static void say(const std::string& line) {
  std::cout << line << std::endl;  // endl flushes: the runner reads line by line
}

// Reads stdin on its own thread: a "close" line runs on_close; the end of stdin ends the process.
template <typename OnClose>
static void watch_stdin(OnClose on_close) {
  std::thread([on_close] {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (line == "close") on_close();
    }
    std::fflush(stdout);
    _exit(0);
  }).detach();
}

static int serve(const std::vector<std::string>& subprotocols) {
  Server server;
  server.clear_access_channels(websocketpp::log::alevel::all);
  server.clear_error_channels(websocketpp::log::elevel::all);
  server.init_asio();
  std::map<websocketpp::connection_hdl, unsigned short, std::owner_less<websocketpp::connection_hdl>> ports;
  server.set_validate_handler([&](websocketpp::connection_hdl hdl) {
    auto con = server.get_con_from_hdl(hdl);
    for (const auto& offered : con->get_requested_subprotocols()) {
      for (const auto& mine : subprotocols) {
        if (offered == mine) {
          con->select_subprotocol(offered);
          return true;
        }
      }
    }
    return true;
  });
  server.set_open_handler([&](websocketpp::connection_hdl hdl) {
    ports[hdl] = server.get_con_from_hdl(hdl)->get_raw_socket().remote_endpoint().port();
  });
  server.set_close_handler([&](websocketpp::connection_hdl hdl) {
    auto con = server.get_con_from_hdl(hdl);
    say("closed " + std::to_string(ports[hdl]) + " " + std::to_string(con->get_remote_close_code()) + " " +
        hex(con->get_remote_close_reason()));
    ports.erase(hdl);
  });
  server.listen(boost::asio::ip::tcp::endpoint(boost::asio::ip::address::from_string("127.0.0.1"), 0));
  server.start_accept();
  boost::system::error_code ec;  // Asio's own, not websocketpp's
  say("listening " + std::to_string(server.get_local_endpoint(ec).port()));
  watch_stdin([] {});
  server.run();
  return 0;
}

static int connect(const std::string& url, const std::vector<std::string>& subprotocols) {
  Client client;
  client.clear_access_channels(websocketpp::log::alevel::all);
  client.clear_error_channels(websocketpp::log::elevel::all);
  client.init_asio();
  client.set_open_handler([&](websocketpp::connection_hdl hdl) {
    say("open " + hex(client.get_con_from_hdl(hdl)->get_subprotocol()));
  });
  client.set_fail_handler([&](websocketpp::connection_hdl) { say("failed"); });
  client.set_close_handler([&](websocketpp::connection_hdl hdl) {
    auto con = client.get_con_from_hdl(hdl);
    say("closed " + std::to_string(con->get_remote_close_code()) + " " + hex(con->get_remote_close_reason()));
  });
  websocketpp::lib::error_code ec;
  auto con = client.get_connection(url, ec);
  if (ec) {
    std::cerr << "websocketpp_peer: " << ec.message() << std::endl;
    return 1;
  }
  for (const auto& p : subprotocols) con->add_subprotocol(p, ec);
  client.connect(con);
  websocketpp::connection_hdl hdl = con->get_handle();
  watch_stdin([&client, hdl] {
    client.get_io_service().post([&client, hdl] {
      websocketpp::lib::error_code ignored;
      client.close(hdl, websocketpp::close::status::normal, "", ignored);
    });
  });
  client.run();
  std::fflush(stdout);
  pause();  // the runner ends the process by closing stdin
  return 0;
}

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 1 && args[0] == "server") return serve({args.begin() + 1, args.end()});
  if (args.size() >= 2 && args[0] == "client") return connect(args[1], {args.begin() + 2, args.end()});
  std::cerr << "usage: websocketpp_peer server [SUBPROTOCOL...] | client URL [SUBPROTOCOL...]" << std::endl;
  return 2;
}
