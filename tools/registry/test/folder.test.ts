// One `npm run validate -- --registry-dir DIR` run reports every independent mistake of every file of
// a registry folder: close-codes.yaml, an IANA registry file, a protocol file and compat.json, each
// with at least ten mistakes planted in a copy of the tests' own small folder (fixtures/folder/ with
// fixtures/small.yaml). Each expected position is computed from the edited text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { copySmallFolder, edit, positionOf } from './helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'wscodes-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const copyFolder = (name: string): string => copySmallFolder(scratch, name);

function validate(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { status, stdout, stderr };
}

/** A planted mistake: the edit that plants it, and where and what the report must say. */
interface Planted {
  readonly from: string;
  readonly to: string;
  /** The snippet of the edited text the report points into, and the part of it at line:col. */
  readonly at: string;
  readonly focus?: string;
  readonly says: string;
}

const applyAll = (text: string, planted: readonly Planted[]) => planted.reduce((t, p) => edit(t, p.from, p.to), text);

const CLOSE_CODES: readonly Planted[] = [
  { from: '  updated: "2020-01-01"\n', to: '  updated: "2026-13-45"\n', at: '"2026-13-45"', says: 'iana.updated: the text "2026-13-45" is not a date of the calendar' },
  { from: '  - id: IESG_HYBI\n    name:', to: '  - id: IESG_HYBI\n\tname:', at: '\tname: IESG', says: 'YAML syntax: a tab is used to indent this line' },
  { from: '    summary: For libraries and frameworks.\n    receive: registered\n', to: '    summary: For libraries and frameworks.\n    receive: all\n', at: 'receive: all', focus: 'all', says: 'ranges[2].receive: the text "all" is not one of the allowed values' },
  { from: '  - range: 5000-65535\n', to: '  - range: 5000-65536\n', at: '5000-65536', says: 'span 5000-65536 ends past 65535' },
  { from: '      description: Unassigned\n      contact: null\n', to: '      description: Unassigned\n      date: 2026-02-30\n      contact: null\n', at: '2026-02-30', says: 'ianaRanges[0].iana.date: the text "2026-02-30" is not a date of the calendar' },
  { from: '    name: Normal Closure\n', to: '    name: Normal Closure\n    name: Again\n', at: '    name: Again', focus: 'name', says: 'YAML: the key `name` appears twice in the same mapping' },
  { from: '    summary: The endpoint is going away.\n    send: true\n', to: '    summary: The endpoint is going away.\n    send: yes please\n', at: 'send: yes please', focus: 'yes', says: 'codes[1].send: expected true or false' },
  { from: '    key: ProtocolError\n', to: '    key: ProtocolError\n    colour: red\n', at: 'colour: red', says: 'unknown field `colour` in codes[2]' },
  { from: '    summary: No status code was present.\n    send: false\n', to: '    summary: No status code was present.\n    send: true\n', at: 'present.\n    send: true', focus: 'true', says: 'code 1005 must never appear in a Close frame' },
  { from: '  - code: 1008\n', to: '  - code: 1007\n', at: '  - code: 1007\n    key: PolicyViolation', focus: '1007', says: 'code 1007 is listed twice (first at codes[4])' },
  { from: '    key: Conflict\n', to: '    key: Unauthorized\n', at: '    key: Unauthorized\n    name: Conflict', focus: 'Unauthorized', says: 'key Unauthorized of code 3002 is already used by code 3000' },
  { from: '    key: Forbidden\n    name: Forbidden\n', to: '    key: Forbidden\n   name: Forbidden\n', at: '   name: Forbidden', says: 'YAML syntax: this line is indented less than the fields of its entry' },
];

const OPCODES: readonly Planted[] = [
  { from: '  updated: 2020-01-01\n', to: '  updated: 2026-02-30\n', at: '2026-02-30', says: 'iana.updated: the text "2026-02-30" is not a date of the calendar' },
  { from: '  title: Test opcodes\n', to: '  title: ""\n', at: '""', says: 'iana.title: must not be empty' },
  { from: '  - value: 0\n    key: Continuation\n', to: '  - value: 0\n    key: continuation\n', at: 'key: continuation', focus: 'continuation', says: 'entries[0].key: a key is a PascalCase identifier' },
  { from: '    key: Text\n', to: '    key: Text\n    colour: red\n', at: 'colour: red', says: 'unknown field `colour` in entries[1]' },
  { from: '      date: 2011-12\n', to: '      date: 2011-13\n', at: '2011-13', says: 'entries[2].iana.date: the text "2011-13" is not a date of the calendar' },
  { from: '    key: Close\n', to: '    key: Close\n    key: Shut\n', at: '    key: Shut', focus: 'key', says: 'YAML: the key `key` appears twice in the same mapping' },
  { from: '  - value: 10\n    key: Pong\n', to: '  - value: 9\n    key: Pong\n', at: '  - value: 9\n    key: Ping\n    iana:\n      description: Pong', focus: '9', says: 'opcode 9 is listed twice' },
  { from: '    key: Pong\n', to: '    key: Ping\n', at: '    key: Ping\n    iana:\n      description: Pong', focus: 'Ping', says: 'the key Ping is used twice' },
  { from: "      references: [{ type: person, data: Pat_Doe }]\n", to: "      references: [{ type: person, data: Pat_Doe }, { type: person, data: Nobody }]\n", at: '      description: Ping Frame', focus: 'description', says: 'the record names person Nobody, who is not in people' },
  { from: '  references: []\n  notes: []\n', to: '  references: [{ type: RFC, data: rfc6455 }]\n  notes: []\n', at: 'type: RFC', focus: 'RFC', says: 'iana.references[0].type: the text "RFC" is not one of the allowed values' },
  { from: '  - range: 3-7\n', to: '  - range: 3..7\n', at: '3..7', says: 'unassigned[0].range: expected a span written FROM-TO' },
  { from: '  - range: 11-15\n    iana:\n      description: Unassigned\n', to: '  - range: 11-15\n    iana:\n\tdescription: Unassigned\n', at: '\tdescription: Unassigned', says: 'YAML syntax: a tab is used to indent this line' },
];

const PROTOCOL: readonly Planted[] = [
  { from: '  retrieved: 2026-01-31\n', to: '  retrieved: 2026-13-45\n', at: '2026-13-45', says: 'source.retrieved: the text "2026-13-45" is not a date of the calendar' },
  { from: '  url: https://example.org/demo\n', to: '  url: http://example.org/demo\n', at: 'http://example.org/demo', says: 'source.url: expected an https:// address' },
  { from: 'subprotocols: [demo]\n', to: 'subprotocols: [demo, alpha.v2]\n', at: 'alpha.v2]', focus: 'alpha.v2', says: '"alpha.v2" already names the protocol alpha: a lookup by it would be ambiguous' },
  { from: '  - range: 4200-4299\n', to: '  - range: 4150-4299\n', at: '4150-4299', says: 'range 4150-4299 overlaps range 4100-4199' },
  { from: '  - code: 4000\n', to: '  - code: 5000\n', at: '5000', says: 'code 5000 is outside 1000-4999' },
  { from: '  - code: 4001\n', to: '  - code: 999\n', at: '  - code: 999', focus: '999', says: 'code 999 is outside 1000-4999' },
  { from: '    key: Moved\n', to: '    key: moved\n', at: 'key: moved', focus: 'moved', says: 'codes[3].key: a key is a PascalCase identifier' },
  { from: '      policy: backoff\n      source: protocol\n      advice: Reconnect at once.\n', to: '      policy: sometimes\n      source: protocol\n      advice: Reconnect at once.\n', at: 'policy: sometimes', focus: 'sometimes', says: 'codes[3].reconnect.policy: the text "sometimes" is not one of the allowed values' },
  { from: '  - code: 4004\n', to: '  - code: 4002\n', at: '  - code: 4002\n    key: Unauthorized', focus: '4002', says: 'code 4002 has a second entry (the first is codes[2])' },
  { from: '    key: Expired\n', to: '    key: Unauthorized\n', at: '    key: Unauthorized\n    name: Expired', focus: 'Unauthorized', says: 'the key Unauthorized is used again (first by code 5000)' },
  { from: '\nsource:\n', to: '\nsource:\n  licence: MIT\n', at: 'licence: MIT', says: 'unknown field `licence` in source' },
  { from: 'name: Demo\n', to: 'name: Demo\nname: Demo again\n', at: 'name: Demo again', focus: 'name', says: 'YAML: the key `name` appears twice in the same mapping' },
];

// Every mistake leaves its peer's other results checkable: shape errors in a-server, rule errors in
// b-client, a duplicate key in c-client, results of a peer that is not in peers.
const COMPAT: readonly Planted[] = [
  { from: '"runner": "python" }\n  },', to: '"runner": "python" },\n  },', at: '"python" },\n  },', focus: ',\n  },', says: 'JSON syntax: a comma after the last member of an object' },
  { from: '  "results": {\n', to: '  "colour": "red",\n  "results": {\n', at: '"colour"', says: 'unknown field `colour` in the top level' },
  { from: '"close-1000": { "verdict": "conforms", "observed": { "reply": { "frame": "close", "code": 1000 } } },\n      "close-1005": { "verdict": "violates-must"', to: '"close-1000": { "verdict": "passes", "observed": { "reply": { "frame": "close", "code": 1000 } } },\n      "close-1005": { "verdict": "violates-must"', at: '"passes"', says: 'results.a-server.close-1000.verdict: the text "passes" is not one of the allowed values' },
  { from: '{ "frame": "close", "code": 1005 } }, "clause": "RFC 6455 §7.4.1" },\n      "close-empty"', to: '{ "frame": "close", "code": 70000 } }, "clause": "RFC 6455 §7.4.1" },\n      "close-empty"', at: '70000', says: 'results.a-server.close-1005.observed' },
  { from: '"reason": "", "wasClean": true', to: '"reason": "", "wasClean": "yes"', at: '"wasClean": "yes"', focus: '"yes"', says: 'results.a-server.close-empty.observed.closeEvent.wasClean: expected true or false, found the text "yes"' },
  { from: '"payloadHex": "03e8" } }', to: '"payloadHex": "03e8" }, "note": "x" }', at: '"note"', says: 'unknown field `note` in results.a-server.api-1000' },
  { from: '      "api-1000"', to: '      "Bad_Vector": { "verdict": "conforms", "observed": { "reply": { "frame": "none" } } },\n      "api-1000"', at: '"Bad_Vector"', says: 'results.a-server: the key "Bad_Vector" is not valid' },
  { from: '"frame": "none" } }, "clause": "RFC 6455 §7.4.1" }', to: '"frame": "none" } } }', at: '"violates-should"', says: 'b-client close-1005: a violation with no clause' },
  { from: '"frame": "timeout" } } }', to: '"frame": "timeout" } }, "clause": "RFC 6455 §5.1" }', at: '"clause": "RFC 6455 §5.1"', focus: '"RFC', says: 'b-client close-1016: a clause on a result that is not a violation (alternative)' },
  { from: '"code": 1000 } } },\n      "close-1005": { "verdict": "violates-should"', to: '"code": 1000 } } }\n      "close-1005": { "verdict": "violates-should"', at: '"close-1005": { "verdict": "violates-should"', says: 'JSON syntax: a comma is missing before this key' },
  { from: '      "close-1001": { "verdict": "informational"', to: '      "close-1000": { "verdict": "informational"', at: '"close-1000": { "verdict": "informational"', says: 'JSON: the key "close-1000" appears twice in the same object' },
  { from: '  "results": {\n', to: '  "results": {\n    "ghost-server": { "close-1000": { "verdict": "conforms", "observed": { "reply": { "frame": "close", "code": 1000 } } } },\n', at: '{ "close-1000": { "verdict": "conforms", "observed": { "reply": { "frame": "close", "code": 1000 } } } },', says: 'results.ghost-server has no entry in peers' },
];

describe('npm run validate -- --registry-dir: every planted mistake of every file in one run', () => {
  const dir = copyFolder('planted');
  const files = [
    { name: 'close-codes.yaml', planted: CLOSE_CODES },
    { name: 'opcodes.yaml', planted: OPCODES },
    { name: 'protocols/demo.yaml', planted: PROTOCOL },
    { name: 'compat.json', planted: COMPAT },
  ];
  const texts = new Map(files.map(({ name, planted }) => [name, applyAll(readFileSync(join(dir, name), 'utf8'), planted)]));
  for (const [name, text] of texts) writeFileSync(join(dir, name), text);
  const run = validate(scratch, '--registry-dir', 'planted');
  const lines = run.stderr.split('\n').filter((l) => /^planted\/\S+:\d+:\d+ {2}/.test(l));

  it('the small folder is valid as it stands', () => {
    const clean = validate(scratch, '--registry-dir', copyFolder('clean'));
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    expect(clean.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('exits 1, names on stdout only the file with no problem, and ends with a count by file', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('planted/protocols/alpha.yaml: checked without the IANA overlap rules (planted/close-codes.yaml has errors), valid.\n');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^\d+ errors in 4 files\. Fix them, then run again\.$/);
  });

  for (const { name, planted } of files) {
    it(`${name}: reports all ${planted.length} planted mistakes, each at its file:line:col, and nothing else`, () => {
      expect(planted.length).toBeGreaterThanOrEqual(10);
      const text = texts.get(name)!;
      const mine = lines.filter((l) => l.startsWith(`planted/${name}:`));
      for (const p of planted) {
        const { line, column } = positionOf(text, p.at, p.focus);
        const prefix = `planted/${name}:${line}:${column}  `;
        expect(mine.filter((l) => l.startsWith(prefix) && l.includes(p.says)), `${prefix}${p.says}\nreported:\n${mine.join('\n')}`).toHaveLength(1);
      }
      expect(mine, mine.join('\n')).toHaveLength(planted.length);
    });
  }
});
