#!/usr/bin/env ruby
# Conformance runner for Ruby websocket-driver: plays the close vectors of
# @wscodes/fixtures, and those of handshake.json, against its server and its
# client over loopback and prints one JSON line per observation
# (tools/conformance/PROTOCOL.md).
require 'socket'
require 'json'
require 'digest'
require 'base64'
require 'optparse'
require 'securerandom'

WAIT_LIMIT = 10   # seconds; the protocol's limit for every wait
POOL_SIZE  = 12   # vectors played at a time
GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'.freeze

def fail_runner(reason)
  warn "ruby runner: #{reason}"
  exit 2
end

fixtures_dir = nil
only = ''
parser = OptionParser.new do |o|
  o.banner = "Usage: ruby runner.rb --fixtures DIR [--only SUBSTRING]\n" \
             'Plays the close and handshake vectors against websocket-driver (server and client); JSON lines on stdout.'
  o.on('--fixtures DIR', 'directory holding close-payloads.json, close-frames.json and handshake.json') { |d| fixtures_dir = d }
  o.on('--only SUBSTRING', 'play only the vectors whose id contains SUBSTRING') { |s| only = s }
  o.on('-h', '--help', 'print this help') { puts o; exit 0 }
end
begin
  parser.parse!(ARGV)
rescue OptionParser::ParseError => e
  fail_runner("#{e.message}; see --help")
end
fail_runner('--fixtures DIR is required (in the repository: packages/fixtures)') unless fixtures_dir
fail_runner("unexpected argument #{ARGV.first.inspect}; see --help") unless ARGV.empty?

begin
  require 'websocket/driver'
rescue LoadError
  fail_runner('websocket-driver is not installed: apt-get install ruby-websocket-driver')
end

def load_vectors(dir, name)
  JSON.parse(File.read(File.join(dir, name))).fetch('vectors')
rescue Errno::ENOENT, JSON::ParserError, KeyError => e
  fail_runner("cannot read #{name} from #{dir} (#{e.class}); run npm run generate, or pass the right --fixtures")
end

def driver_version
  spec = Gem::Specification.find_all_by_name('websocket-driver').max_by(&:version)
  return spec.version.to_s if spec
  # The Debian package may ship without a gemspec: ask dpkg instead.
  `dpkg-query -W -f='${Version}' ruby-websocket-driver 2>/dev/null`[/\A[^-+]+/] || 'unknown'
end

# [id, bytes to send] for a role, as PROTOCOL.md's table says.
def vectors_for(payloads, frames, frame_key, direction, only)
  list = payloads.map { |v| [v.fetch('id'), v.fetch('framing').fetch(frame_key)] } +
         frames.select { |v| v.fetch('direction') == direction }.map { |v| [v.fetch('id'), v.fetch('frameHex')] }
  list.select { |id, _| id.include?(only) }.map { |id, hex| [id, [hex].pack('H*')] }
rescue KeyError, TypeError, NoMethodError => e
  fail_runner("a vector lacks a field (#{e.message}); run npm run generate to rebuild the fixtures")
end

# [id, subprotocols the side under test is configured with, header lines of its request or 101 response]
# for the handshake vectors of one side (`server` or `client`).
def handshakes_for(vectors, peer, only)
  config, message = peer == 'server' ? %w[server request] : %w[client response]
  vectors.select { |v| v.fetch('peer') == peer && v.fetch('id').include?(only) }.map do |v|
    lines = v.fetch(message).fetch('headers').map { |h| "#{h.fetch('name')}: ".b + [h.fetch('valueHex')].pack('H*') + "\r\n".b }
    [v.fetch('id'), v.fetch(config).fetch('subprotocols'), lines.join.b]
  end
rescue KeyError, TypeError, NoMethodError => e
  fail_runner("a handshake vector lacks a field (#{e.message}); run npm run generate to rebuild the fixtures")
end

payloads = load_vectors(fixtures_dir, 'close-payloads.json')
frames   = load_vectors(fixtures_dir, 'close-frames.json')
server_vectors = vectors_for(payloads, frames, 'clientFrameHex', 'client-to-server', only)
client_vectors = vectors_for(payloads, frames, 'serverFrameHex', 'server-to-client', only)
handshake_file = load_vectors(fixtures_dir, 'handshake.json')
handshake_vectors = handshakes_for(handshake_file, 'server', only)
client_handshakes = handshakes_for(handshake_file, 'client', only)

$stdout.sync = true
OUT = Mutex.new
def emit(line) = OUT.synchronize { $stdout.puts(JSON.generate(line)) }

# Every socket we open is tracked so that all of them are closed before exit.
OPEN = []
OPEN_LOCK = Mutex.new
def track(sock) = OPEN_LOCK.synchronize { OPEN << sock; sock }
def close_quietly(sock)
  sock.close unless sock.closed?
rescue IOError
  nil
end

def deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + WAIT_LIMIT
def remaining(limit) = limit - Process.clock_gettime(Process::CLOCK_MONOTONIC)

# Reads exactly n bytes; throws the reply when the deadline passes or the peer ends.
def read_exactly(sock, n, buf, limit)
  while buf.bytesize < n
    left = remaining(limit)
    throw :reply, { 'frame' => 'timeout' } if left <= 0 || !IO.select([sock], nil, nil, left)
    buf << sock.readpartial(65_536)
  end
  buf.slice!(0, n)
rescue EOFError, IOError, SystemCallError
  throw :reply, { 'frame' => 'none' }
end

# Reads frames until the first Close frame, the end of the connection or the
# deadline; `buf` may already hold bytes read past the HTTP head.
def observe_reply(sock, buf, limit)
  catch(:reply) do
    loop do
      first, second = read_exactly(sock, 2, buf, limit).bytes
      length = second & 0x7f
      length = read_exactly(sock, 2, buf, limit).unpack1('n') if length == 126
      length = read_exactly(sock, 8, buf, limit).unpack1('Q>') if length == 127
      key = (second & 0x80).zero? ? nil : read_exactly(sock, 4, buf, limit).bytes
      body = read_exactly(sock, length, buf, limit)
      next unless first & 0x0f == 0x8 # not a Close frame (a Pong, say): skip it
      body = body.bytes.each_with_index.map { |b, i| b ^ key[i % 4] }.pack('C*') if key
      throw :reply, { 'frame' => 'close', 'code' => body.bytesize >= 2 ? body.unpack1('n') : nil }
    end
  end
end

# Reads an HTTP head; returns [head, bytes read past it], or nil if none came.
def read_head(sock, limit)
  buf = ''.b
  until (ends = buf.index("\r\n\r\n"))
    left = remaining(limit)
    return nil if left <= 0 || !IO.select([sock], nil, nil, left)
    buf << sock.readpartial(65_536)
  end
  [buf[0, ends], buf[(ends + 4)..]]
rescue EOFError, IOError, SystemCallError
  nil
end

# A socket as websocket-driver wants it: a url to dial and a write method.
SocketWrapper = Struct.new(:url, :socket) do
  def write(data) = socket.write(data)
end

# Feeds what arrives on `sock` to `driver` until it closes, the socket ends or
# the deadline passes; the driver asks for the TCP close through :close.
def pump(sock, driver, closed, limit)
  until closed.call
    left = remaining(limit)
    break if left <= 0 || sock.closed? || !IO.select([sock], nil, nil, left)
    driver.parse(sock.readpartial(65_536))
  end
rescue EOFError, IOError, SystemCallError
  nil # the socket's end is the client's signal too
end

# Hands each accepted connection to its own thread; returns the port.
def serve_each_connection(listener, &handle)
  Thread.new do
    loop { Thread.new(track(listener.accept), &handle) }
  rescue IOError
    nil # the listener was closed at exit
  end
  listener.addr[1]
end

# What the driver told its application when the connection closed: its close event's code and
# reason (PROTOCOL.md, "reported"); nil members when it emitted none.
NOTHING_REPORTED = { 'code' => nil, 'reason' => nil }.freeze
def report_of(event) = { 'code' => event.code, 'reason' => event.reason }

# --- server peer: websocket-driver's server, played by a raw TCP client -------

# The server with its defaults, or willing to use `protocols` (for the handshake vectors). With
# `reports`, it puts what the driver reported there, under the client's port.
def start_driver_server(protocols = nil, reports = nil)
  serve_each_connection(track(TCPServer.new('127.0.0.1', 0))) do |sock|
    from = sock.peeraddr[1] # read now: a closed socket has no peer
    report = nil
    options = protocols ? { protocols: protocols } : {}
    driver = WebSocket::Driver.server(SocketWrapper.new(nil, sock), options)
    driver.on(:connect) { driver.start if WebSocket::Driver.websocket?(driver.env) }
    # The application does nothing but let the library close: close TCP when asked.
    driver.on(:close) { |event| report = report_of(event); close_quietly(sock) }
    pump(sock, driver, -> { sock.closed? }, deadline + WAIT_LIMIT)
    close_quietly(sock)
    # A connection that ended without the driver's close event: it told the application nothing.
    reports&.put(from, report || NOTHING_REPORTED)
  end
end

# The server's reply to `bytes`, and what its driver reported (from `reports`, by this client's port).
def play_against_server(port, bytes, reports)
  sock = track(TCPSocket.new('127.0.0.1', port))
  from = sock.local_address.ip_port
  limit = deadline
  sock.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:#{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" \
             "Sec-WebSocket-Key: #{Base64.strict_encode64(SecureRandom.random_bytes(16))}\r\n" \
             "Sec-WebSocket-Version: 13\r\n\r\n")
  head, rest = read_head(sock, limit)
  raise "the server did not answer the upgrade with 101 (#{head.to_s.lines.first&.strip.inspect})" unless head&.start_with?('HTTP/1.1 101')
  sock.write(bytes)
  reply = observe_reply(sock, rest, limit)
  close_quietly(sock)
  # The raw client has closed its end: the driver has the limit to report the close.
  { reply: reply, reported: reports.take(from, deadline) || NOTHING_REPORTED }
ensure
  close_quietly(sock) if sock
end

# Every value of a header field in an HTTP head, joined with ", "; nil without one.
def field_values(head, name)
  values = head.split("\r\n").drop(1).filter_map do |line|
    field, value = line.split(':', 2)
    value.strip.force_encoding('UTF-8').scrub if value && field.strip.casecmp?(name)
  end
  values.empty? ? nil : values.join(', ')
end

# Sends the upgrade request with the vector's header lines; reports the response (PROTOCOL.md).
def request_upgrade(port, header_lines)
  sock = track(TCPSocket.new('127.0.0.1', port))
  sock.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:#{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" \
             "Sec-WebSocket-Key: #{Base64.strict_encode64(SecureRandom.random_bytes(16))}\r\n".b + header_lines + "\r\n".b)
  head, = read_head(sock, deadline)
  status = head && head[%r{\AHTTP/1\.[01] (\d{3})}, 1]
  return { 'status' => nil, 'protocol' => nil, 'version' => nil } unless status
  { 'status' => status.to_i, 'protocol' => field_values(head, 'Sec-WebSocket-Protocol'), 'version' => field_values(head, 'Sec-WebSocket-Version') }
ensure
  close_quietly(sock) if sock
end

# --- client peer: websocket-driver's client, against a raw TCP server --------

Mailbox = Struct.new(:lock, :ready, :items) do
  def put(id, value) = lock.synchronize { items[id] = value; ready.broadcast }
  def take(id, limit)
    lock.synchronize do
      ready.wait(lock, [remaining(limit), 0.01].max) until items.key?(id) || remaining(limit) <= 0
      items.delete(id)
    end
  end
end

# `vectors`: id => bytes to write after the 101; `headers`: id => header lines the 101 carries.
def start_raw_server(vectors, mailbox, headers = {})
  serve_each_connection(track(TCPServer.new('127.0.0.1', 0))) do |sock|
    limit = deadline
    head, rest = read_head(sock, limit)
    id = head && head[%r{\AGET /(\S*) HTTP}, 1] # the path names the vector
    key = head && head[/^Sec-WebSocket-Key:\s*(\S+)/i, 1]
    next unless id && key && (vectors.key?(id) || headers.key?(id))
    accept = Base64.strict_encode64(Digest::SHA1.digest(key + GUID))
    sock.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" \
               "Sec-WebSocket-Accept: #{accept}\r\n".b + headers.fetch(id, ''.b) + "\r\n".b)
    sock.write(vectors.fetch(id, ''.b))
    mailbox.put(id, observe_reply(sock, rest, limit))
  rescue IOError, SystemCallError
    mailbox.put(id, { 'frame' => 'none' }) if id
  ensure
    close_quietly(sock) # the server closes first (RFC 6455 §7.1.1)
  end
end

def play_as_client(port, id, mailbox)
  sock = track(TCPSocket.new('127.0.0.1', port))
  limit = deadline
  report = nil
  driver = WebSocket::Driver.client(SocketWrapper.new("ws://127.0.0.1:#{port}/#{id}", sock))
  driver.on(:close) { |event| report = report_of(event); close_quietly(sock) }
  driver.start
  pump(sock, driver, -> { report }, limit)
  { reply: mailbox.take(id, deadline) || { 'frame' => 'timeout' }, reported: report || NOTHING_REPORTED }
ensure
  close_quietly(sock) if sock
end

# Dials offering `protocols`; the raw server's 101 carries the vector's header lines. Reports whether
# the driver opened (then closes normally) and the subprotocol it reports.
def handshake_as_client(port, id, protocols, mailbox)
  sock = track(TCPSocket.new('127.0.0.1', port))
  limit = deadline
  closed = false
  opened = nil
  options = protocols.empty? ? {} : { protocols: protocols }
  driver = WebSocket::Driver.client(SocketWrapper.new("ws://127.0.0.1:#{port}/#{id}", sock), options)
  driver.on(:open) { opened = driver.protocol.to_s; driver.close }
  driver.on(:close) { closed = true; close_quietly(sock) }
  driver.start
  pump(sock, driver, -> { closed }, limit)
  mailbox.take(id, deadline)
  { 'opened' => !opened.nil?, 'protocol' => opened.nil? || opened.empty? ? nil : opened }
ensure
  close_quietly(sock) if sock
end

# --- run ---------------------------------------------------------------------

version = driver_version
mailbox = Mailbox.new(Mutex.new, ConditionVariable.new, {})
server_reports = Mailbox.new(Mutex.new, ConditionVariable.new, {})
begin
  server_port = start_driver_server(nil, server_reports)
  raw_port = start_raw_server(client_vectors.to_h, mailbox, client_handshakes.to_h { |id, _, lines| [id, lines] })
  # One more server per subprotocol list the handshake vectors configure it with.
  handshake_ports = handshake_vectors.map { |_, protocols, _| protocols }.uniq.to_h { |p| [p, start_driver_server(p)] }
rescue SystemCallError => e
  fail_runner("cannot listen on 127.0.0.1: #{e.message}")
end

{ 'ruby-websocket-driver-server' => 'server', 'ruby-websocket-driver-client' => 'client' }.each do |peer, role|
  emit(type: 'peer', peer: peer, implementation: 'websocket-driver', version: version, language: 'Ruby', role: role)
end

jobs = Queue.new
server_vectors.each { |id, bytes| jobs << ['ruby-websocket-driver-server', id, -> { play_against_server(server_port, bytes, server_reports) }] }
client_vectors.each { |id, _| jobs << ['ruby-websocket-driver-client', id, -> { play_as_client(raw_port, id, mailbox) }] }
handshake_vectors.each do |id, protocols, lines|
  jobs << ['ruby-websocket-driver-server', id, -> { { response: request_upgrade(handshake_ports.fetch(protocols), lines) } }]
end
client_handshakes.each do |id, protocols, _|
  jobs << ['ruby-websocket-driver-client', id, -> { handshake_as_client(raw_port, id, protocols, mailbox) }]
end
jobs.close
failure = nil
workers = Array.new(POOL_SIZE) do
  Thread.new do
    while (peer, id, play = jobs.pop)
      begin
        emit(type: 'result', peer: peer, id: id, observed: play.call)
      rescue StandardError => e
        failure ||= "#{peer} could not play #{id}: #{e.message}"
      end
    end
  end
end
workers.each(&:join)
warn "ruby runner: #{server_vectors.size + handshake_vectors.size} server and #{client_vectors.size + client_handshakes.size} client vectors played"
OPEN_LOCK.synchronize { OPEN.each { |s| close_quietly(s) } }
fail_runner(failure) if failure
