// wscodes: WebSocket close codes in the terminal. main(argv, io) runs one command in-process and
// returns its exit status; bin.ts wires it to the process.
import { parseArgs } from 'node:util';
import { check, formatCheck } from './check.ts';
import { parseCode } from './codes.ts';
import { decode, formatDecode } from './decode.ts';
import { explain, formatExplain } from './explain.ts';
import { parseHex } from './hex.ts';
import { formatName, lookUpName } from './name.ts';
import { findProtocol } from './protocol.ts';
import { EXIT, quote, UsageError, type CliIo } from './io.ts';
import { formatStatus, parseStatus, statusReport } from './status.ts';
import { styleFor } from './style.ts';
import { packageVersion } from './version.ts';

export type { CliIo } from './io.ts';

const COMMANDS = ['explain', 'name', 'decode', 'check', 'status', 'help'] as const;
type Command = (typeof COMMANDS)[number];

const USAGE: Readonly<Record<Command | 'top', string>> = {
  top: `usage: wscodes CODE                 what a close code means (same as wscodes explain CODE)
       wscodes explain CODE         name, status, meaning, reconnect advice, what to check, docs link
       wscodes CODE --protocol ID   also what CODE means under a protocol (graphql-transport-ws, pusher, ...)
       wscodes NAME                 the close code with that name, such as "abnormal closure" (wscodes name NAME)
       wscodes decode HEX           the verdict on a received Close payload, and the Close to reply with
       wscodes check [--api] CODE   may CODE go in a Close frame? with --api: does close() accept it?
       wscodes status STATUS        a refused handshake: what HTTP STATUS (such as 503) means, whether to reconnect
       wscodes help [COMMAND]

options: --json      print one JSON object instead of text
         --help, -h  this help, or a command's (wscodes decode --help)
         --version   the version of wscodes
exit status: 0 done; 1 check said no, or decode found the payload invalid; 2 bad input`,
  explain: `usage: wscodes explain [--json] [--protocol ID [--reason TEXT]] CODE    (or: wscodes CODE)
CODE is a whole number from 0 to 65535, such as 1006. Prints its name, status, meaning, the rules on
the wire and for close(), the reconnect advice, what to check next, the catalogued protocols that give
CODE a meaning (and how to ask for one), and a link to its docs page.
--protocol ID adds what CODE means under a protocol that runs on WebSocket: its name, meaning, reconnect
verdict and source. ID is a catalogue id, an alias id or a subprotocol token (what socket.protocol
reports), such as graphql-transport-ws; a near miss gets a "did you mean", an unknown ID lists the known
ones. IANA's meaning is printed as well. --reason TEXT: the close reason, for a protocol that puts
tokens in it (deepgram-listen's NET-0001).`,
  name: `usage: wscodes name [--json] [--protocol ID] NAME    (or: wscodes NAME, when NAME starts with a letter)
NAME is a close code's constant key or display name, such as AbnormalClosure or "abnormal closure";
case, spaces and punctuation do not count, and several words may be given unquoted. Prints every
code with that name and how to ask about each: IANA's codes, then the catalogued protocols that name
a code so. With --protocol ID, that protocol's codes first, then IANA's. An ambiguous name lists
every match, never a guess; a name no code has is an error that suggests the nearest names.`,
  decode: `usage: wscodes decode [--json] HEX
HEX is the payload of a received Close frame, such as 03e8 (1000) or 03e8 6279 65 (1000 "bye");
spaces, colons and a leading 0x are allowed, "" is the empty payload. Prints whether a receiver
accepts it, and the Close to send back: echo the code, an empty Close, or fail the connection.
Exit status 1 when the payload is invalid.`,
  check: `usage: wscodes check [--json] [--api] CODE
Without --api: may an endpoint send CODE in a Close frame (the wire rules), and does a receiver take it?
With --api: does the WebSocket API's close(CODE) accept it, as in browsers, undici, Deno and Bun?
When it may not, prints what to use instead. Exit status 1 when CODE is not accepted.`,
  status: `usage: wscodes status [--json] [--retry-after VALUE] STATUS
STATUS is the HTTP status a server answered the WebSocket upgrade with instead of 101, such as 503 or 401
(200-599). Prints what it means for the handshake, whether to reconnect, whether a Retry-After header is
honoured, and the RFC sections it comes from. A status without an entry of its own gets its class's answer
(RFC 9110 15). Browsers hide the status (the page sees 1006); Node, Python and Go clients can read it.
--retry-after VALUE also reads the response's Retry-After header: seconds (120) or an HTTP-date
("Wed, 21 Oct 2026 07:28:00 GMT"); an invalid value is said to be ignored.`,
  help: 'usage: wscodes help [explain|name|decode|check|status]',
};

const OPTIONS = {
  json: { type: 'boolean' },
  api: { type: 'boolean' },
  protocol: { type: 'string' },
  reason: { type: 'string' },
  'retry-after': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Which options each command takes (--help everywhere). */
const ALLOWED: Readonly<Record<Command | 'top', readonly (keyof typeof OPTIONS)[]>> = {
  top: ['help', 'version', 'json'],
  explain: ['json', 'help', 'protocol', 'reason'],
  name: ['json', 'help', 'protocol'],
  decode: ['json', 'help'],
  check: ['json', 'api', 'help'],
  status: ['json', 'retry-after', 'help'],
  help: ['help'],
};

export function main(argv: readonly string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`wscodes: ${error.message}\n${error.usage}\n`);
    return EXIT.usage;
  }
}

function run(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(argv);
  const [first, ...rest] = positionals;
  // Bare forms: a number is a code (wscodes 1006), words starting with a letter a name (wscodes abnormal closure).
  const named = first !== undefined && (COMMANDS as readonly string[]).includes(first) ? (first as Command) : undefined;
  const bare = first === undefined || named ? undefined : /^\d+$/.test(first) ? 'explain' : /^\p{L}/u.test(first) ? 'name' : undefined;
  const command = named ?? bare;
  if (first !== undefined && command === undefined) {
    throw new UsageError(`${quote(first)} is neither a command nor a close code: the commands are ${COMMANDS.join(', ')}`, USAGE.top);
  }
  const args = bare ? positionals : rest;
  for (const option of Object.keys(values) as (keyof typeof OPTIONS)[]) {
    if (!ALLOWED[command ?? 'top'].includes(option)) {
      throw new UsageError(`--${option} is not an option of ${command ? `wscodes ${command}` : 'wscodes alone'}`, USAGE[command ?? 'top']);
    }
  }
  const say = (text: string): void => io.out(text);
  if (values.help) return say(`${USAGE[command ?? 'top']}\n`), EXIT.ok;
  if (values.version) return say(`${packageVersion()}\n`), EXIT.ok;
  const style = styleFor(io);
  const print = <T>(report: T, format: (report: T) => string): void => say(values.json ? `${JSON.stringify(report, null, 2)}\n` : format(report));

  switch (command) {
    case undefined:
      throw new UsageError('give a close code or a command', USAGE.top);
    case 'help': {
      if (args.length > 1) throw new UsageError(`help takes one command, got ${args.length}`, USAGE.help);
      const topic = args[0];
      if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) throw new UsageError(`there is no command ${quote(topic)}: the commands are ${COMMANDS.join(', ')}`, USAGE.help);
      say(`${USAGE[(topic as Command | undefined) ?? 'top']}\n`);
      return EXIT.ok;
    }
    case 'explain': {
      expectAtMostOne(args, 'explain');
      const code = parseCode(args[0], USAGE.explain);
      const protocol = values.protocol === undefined ? undefined : findProtocol(values.protocol, USAGE.explain);
      if (values.reason !== undefined && protocol === undefined) throw new UsageError('--reason needs --protocol: a reason token means something only under the protocol that sends it', USAGE.explain);
      print(explain(code, protocol, { name: values.protocol, reason: values.reason }), (r) => formatExplain(r, style));
      return EXIT.ok;
    }
    case 'name': {
      if (args.length === 0) throw new UsageError('give a close code\'s name, such as "abnormal closure"', USAGE.name);
      const protocol = values.protocol === undefined ? undefined : findProtocol(values.protocol, USAGE.name);
      // The bare form may be a mistyped command: the error then suggests commands too.
      print(lookUpName(args.join(' '), protocol, bare ? USAGE.top : USAGE.name, bare ? COMMANDS : undefined), (r) => formatName(r, style));
      return EXIT.ok;
    }
    case 'decode': {
      const report = decode(parseHex(args, USAGE.decode));
      print(report, (r) => formatDecode(r, style));
      return report.valid ? EXIT.ok : EXIT.negative;
    }
    case 'check': {
      expectAtMostOne(args, 'check');
      const report = check(parseCode(args[0], USAGE.check), values.api ? 'api' : 'wire');
      print(report, (r) => formatCheck(r, style));
      return report.accepted ? EXIT.ok : EXIT.negative;
    }
    case 'status': {
      if (args.length > 1) throw new UsageError(`status takes one HTTP status, got ${args.length}: ${args.map(quote).join(' ')}`, USAGE.status);
      print(statusReport(parseStatus(args[0], USAGE.status), values['retry-after']), (r) => formatStatus(r, style));
      return EXIT.ok;
    }
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // parseArgs's messages are Node's words; say what is wrong in ours, from the arguments themselves.
    throw new UsageError(argumentMistake(argv), USAGE.top);
  }
}

const SHORT: Readonly<Record<string, keyof typeof OPTIONS>> = Object.fromEntries(
  Object.entries(OPTIONS).flatMap(([name, option]) => ('short' in option ? [[option.short, name as keyof typeof OPTIONS]] : [])),
);

/** The first argument parseArgs cannot take, in one line. (Its `tokens` would say, but need Node 18.7.) */
export function argumentMistake(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    // "-1" reads as an option to parseArgs; say what is wrong with it as a code.
    if (/^-\d/.test(arg)) return `${quote(arg)} is not a close code: a code is a whole number from 0 to 65535`;
    const long = arg.startsWith('--');
    const [written, value] = long ? [arg.slice(2).split('=', 1)[0]!, arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg.slice(1), undefined];
    const name = long ? written : SHORT[written];
    if (name === undefined || !Object.hasOwn(OPTIONS, name)) {
      return `${quote(long ? `--${written}` : arg)} is not an option of wscodes: the options are ${Object.keys(OPTIONS).map((o) => `--${o}`).join(', ')} (see wscodes --help)`;
    }
    const option = OPTIONS[name as keyof typeof OPTIONS];
    if (option.type === 'boolean' && value !== undefined) return `--${name} takes no value: write --${name} alone`;
    if (option.type === 'string' && value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) return `--${name} needs a value, such as --${name} graphql-transport-ws`;
      i++;
    }
  }
  return 'the arguments cannot be read: see wscodes --help';
}

function expectAtMostOne(args: readonly string[], command: 'explain' | 'check'): void {
  if (args.length > 1) throw new UsageError(`${command} takes one code, got ${args.length}: ${args.map(quote).join(' ')}`, USAGE[command]);
}
