// The command line itself: help, version, colour, and every kind of bad input (exit 2, one message, no stack trace).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSI, wscodes } from './helpers.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('help and version', () => {
  it('--help at the top and on every command prints its usage to stdout, exit 0', () => {
    const top = wscodes(['--help']);
    expect(top).toMatchObject({ status: 0, err: '' });
    expect(top.out).toMatch(/^usage: wscodes CODE/);
    for (const command of ['explain', 'name', 'decode', 'check']) {
      const run = wscodes([command, '--help']);
      expect(run).toMatchObject({ status: 0, err: '' });
      expect(run.out).toMatch(new RegExp(`^usage: wscodes ${command} `));
      expect(wscodes(['help', command]).out).toBe(run.out);
    }
    expect(wscodes(['-h']).out).toBe(top.out);
    expect(wscodes(['help']).out).toBe(top.out);
  });

  it('--version prints the package version', () => {
    expect(wscodes(['--version'])).toEqual({ status: 0, out: `${VERSION}\n`, err: '' });
  });
});

describe('colour', () => {
  it('is used on a terminal', () => {
    expect(wscodes(['1006'], { isTTY: true }).out).toMatch(ANSI);
    expect(wscodes(['decode', '03e8'], { isTTY: true }).out).toMatch(ANSI);
    expect(wscodes(['check', '--api', '1001'], { isTTY: true }).out).toMatch(ANSI);
  });

  it('is not used when stdout is not a terminal, when NO_COLOR is set, nor in JSON', () => {
    expect(wscodes(['1006']).out).not.toMatch(ANSI);
    expect(wscodes(['1006'], { isTTY: true, env: { NO_COLOR: '1' } }).out).not.toMatch(ANSI);
    expect(wscodes(['1006', '--json'], { isTTY: true }).out).not.toMatch(ANSI);
  });

  it('an empty NO_COLOR does not count (no-color.org)', () => {
    expect(wscodes(['1006'], { isTTY: true, env: { NO_COLOR: '' } }).out).toMatch(ANSI);
  });

  it.each([
    // [FORCE_COLOR, NO_COLOR, TERM, isTTY, colour?]
    ['1', undefined, undefined, false, true],
    ['2', undefined, undefined, false, true],
    ['3', undefined, undefined, false, true],
    ['true', undefined, undefined, false, true],
    ['', undefined, undefined, false, true],
    ['0', undefined, undefined, true, false],
    ['false', undefined, undefined, true, false],
    ['1', '1', 'dumb', false, true],
    [undefined, undefined, 'dumb', true, false],
    [undefined, '1', 'xterm-256color', true, false],
    [undefined, undefined, 'xterm-256color', true, true],
    [undefined, undefined, 'xterm-256color', false, false],
  ])('FORCE_COLOR=%j NO_COLOR=%j TERM=%j on a terminal %j: colour %j', (FORCE_COLOR, NO_COLOR, TERM, isTTY, colour) => {
    const env = Object.fromEntries(Object.entries({ FORCE_COLOR, NO_COLOR, TERM }).filter(([, v]) => v !== undefined));
    for (const argv of [['1006'], ['decode', '03e8'], ['check', '--api', '1001']]) {
      const out = wscodes(argv, { isTTY, env }).out;
      if (colour) expect(out).toMatch(ANSI);
      else expect(out).not.toMatch(ANSI);
    }
  });

  it('JSON is never coloured, even when colour is forced', () => {
    expect(wscodes(['1006', '--json'], { env: { FORCE_COLOR: '1' } }).out).not.toMatch(ANSI);
  });

  it('the coloured text is the plain text with escapes added', () => {
    const strip = (text: string): string => text.replace(/\u001b\[\d+m/g, '');
    expect(strip(wscodes(['1006'], { isTTY: true }).out)).toBe(wscodes(['1006']).out);
  });
});

describe('bad input: exit 2, a message on stderr with the usage, nothing on stdout, no stack trace', () => {
  it.each([
    [[], /give a close code or a command/],
    [['frobnicate'], /"frobnicate" is not a command, a close code or a close code's name/],
    [['!?'], /"!\?" is neither a command nor a close code/],
    [['70000'], /70000 is outside the close-code space/],
    [['explain', '70000'], /70000 is outside the close-code space/],
    [['abc'], /"abc" is not a command, a close code or a close code's name/],
    [['name'], /give a close code's name/],
    [['name', 'abnormal', '--api'], /--api is not an option of wscodes name/],
    [['name', 'abnormal', '--protocol', 'no-such-protocol'], /unknown protocol "no-such-protocol"/],
    [['explain', 'abc'], /"abc" is not a close code/],
    [['explain', '10.5'], /"10.5" is not a close code/],
    [['explain'], /give a close code/],
    [['explain', '1000', '1001'], /explain takes one code, got 2/],
    [['-1'], /"-1" is not a close code/],
    [['1006', '--bogus'], /"--bogus" is not an option of wscodes: the options are --json, /],
    [['1006', '--bogus=1'], /"--bogus" is not an option of wscodes/],
    [['1006', '-x'], /"-x" is not an option of wscodes/],
    [['1006', '--json=yes'], /--json takes no value/],
    [['1006', '--protocol'], /--protocol needs a value/],
    [['1006', '--protocol', '--json'], /--protocol needs a value/],
    [['check', '-1'], /"-1" is not a close code/],
    [['1006', '--api'], /--api is not an option of wscodes explain/],
    [['decode'], /give the Close payload in hex/],
    [['decode', '3e8'], /3 hex digits is not a whole number of bytes/],
    [['decode', '03zz'], /"z" is not a hex digit \(at 3/],
    [['decode', '03e8', '--api'], /--api is not an option of wscodes decode/],
    [['check'], /give a close code/],
    [['check', '--api'], /give a close code/],
    [['check', '--api', 'x'], /"x" is not a close code/],
    [['check', '65536'], /65536 is outside the close-code space/],
    [['help', 'nope'], /there is no command "nope"/],
    [['--json'], /give a close code or a command/],
  ])('wscodes %j', (argv, message) => {
    const run = wscodes(argv);
    expect(run.status).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^wscodes: /);
    expect(run.err).toMatch(message);
    expect(run.err).toMatch(/\nusage: wscodes/);
    expect(run.err).not.toMatch(/^\s+at /m);
    // One line in the CLI's own words, then the usage: no Node error text, quotes balanced.
    const [line, next] = run.err.split('\n');
    expect(next).toMatch(/^usage: wscodes/);
    expect(line).not.toMatch(/Unknown option|ERR_PARSE_ARGS|positional argument|argument missing|To specify/);
    expect(line!.split('"').length % 2, line).toBe(1);
  });
});

describe('a long argument is shortened in messages', () => {
  const long = '9'.repeat(100_000);
  it.each([
    [[long]],
    [['explain', long]],
    [['check', '--api', long]],
    [['explain', `${long}x`]],
    [['decode', `03e8${'0'.repeat(100_000)}zz`]],
    [[`x${long}`]],
    [['help', long]],
    [['1006', `--${long}`]],
    [['explain', '1000', long]],
    [['name', `x${long}`]],
    [['4401', '--protocol', long]],
  ])('wscodes %#', (argv) => {
    const run = wscodes(argv);
    expect(run.status).toBe(2);
    const message = run.err.split('\n')[0]!;
    // The list of known protocols grows with the catalogue; the echoed argument must not.
    expect(message.replace(/; the catalogue knows .*$/, '').length).toBeLessThan(400);
    expect(message).toMatch(/\(\d{6} characters\)/);
  });

  it('an argument with a newline or quote in it cannot break the message line', () => {
    const run = wscodes(['explain', 'a"b\nc']);
    expect(run.err.split('\n')[0]).toBe('wscodes: "a\\"b\\nc" is not a close code: give a whole decimal number from 0 to 65535, such as 1006');
  });
});
