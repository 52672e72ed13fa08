// The registry modules of IANA's other WebSocket registries: each rule on a small file of the test's own.
import { describe, expect, it } from 'vitest';
import { checkIanaRegistryText, extensions, formatDiagnostic, headerBits, IANA_REGISTRIES, opcodes, subprotocols, versions, type IanaRegistryModule } from '@wscodes-tools/registry';

const header = (registry: string) => `iana:
  registry: ${registry}
  title: Test
  updated: 2030-01-01
  registrationRules:
    - rule: Standards Action
  references: []
  notes: []
`;

const opcodeFile = (entries: string, unassigned = '  - range: 3-7\n    iana: { description: Unassigned, references: [] }\n  - range: 11-15\n    iana: { description: Unassigned, references: [] }\n') => `${header('opcode')}people: []
entries:
${entries}unassigned:
${unassigned}`;

const opcode = (value: number, key: string) => `  - value: ${value}\n    key: ${key}\n    iana: { description: Frame ${value}, references: [] }\n`;
const SIX = [opcode(0, 'Continuation'), opcode(1, 'Text'), opcode(2, 'Binary'), opcode(8, 'Close'), opcode(9, 'Ping'), opcode(10, 'Pong')];

function problems(module: IanaRegistryModule, text: string) {
  return checkIanaRegistryText(module, text, 'test.yaml').diagnostics.map((d) => formatDiagnostic('test.yaml', d));
}

describe('opcodes', () => {
  it('accepts a registry that accounts for every opcode once', () => {
    expect(problems(opcodes, opcodeFile(SIX.join('')))).toEqual([]);
  });

  it('finds an opcode listed twice, at its line and column', () => {
    const text = opcodeFile([...SIX, opcode(9, 'PingAgain')].join(''));
    const line = text.split('\n').findIndex((l) => l.includes('key: PingAgain')) - 1 + 1;
    expect(problems(opcodes, text)).toEqual(expect.arrayContaining([`test.yaml:${line}:12  opcode 9 is listed twice  (remove one of the two entries)`]));
  });

  it('finds a value neither registered nor unassigned, and an overlap', () => {
    expect(problems(opcodes, opcodeFile(SIX.filter((o) => !o.includes('Pong')).join('')))).toEqual([expect.stringContaining('10-10 is neither an entry nor unassigned')]);
    expect(problems(opcodes, opcodeFile([...SIX, opcode(4, 'Four')].join('')))).toEqual([expect.stringContaining('overlaps')]);
  });

  it('refuses a key used twice and a value past 15', () => {
    expect(problems(opcodes, opcodeFile(SIX.join('').replace('key: Pong', 'key: Ping')))).toEqual([expect.stringContaining('the key Ping is used twice')]);
    expect(problems(opcodes, opcodeFile(SIX.join('').replace('value: 10', 'value: 16')))).toEqual(
      expect.arrayContaining([expect.stringContaining('an opcode is 4 bits: 0-15')]),
    );
  });
});

const tokenFile = (registry: string, entries: readonly string[], fields = '') =>
  `${header(registry)}people: []\nentries:\n${entries.map((e) => `  - value: ${e}\n    iana: { common: X, definition: [], ${fields}references: [] }\n`).join('')}`;

describe('subprotocols and extensions', () => {
  it('warns of a value that is not a token, and of names that differ only by case', () => {
    const found = problems(subprotocols, tokenFile('subprotocol-name', ['chat', '"two words"', 'Chat']));
    expect(found).toEqual([
      expect.stringMatching(/^test\.yaml:\d+:\d+ {2}warning: subprotocol "two words" is not a token/),
      expect.stringMatching(/warning: subprotocol Chat differs from chat only by case/),
    ]);
    expect(problems(extensions, tokenFile('extension-name', ['a;b'], 'incompatible: None, '))).toEqual([expect.stringContaining('is not a token')]);
  });

  it('refuses a person a record names but people does not hold', () => {
    const text = `${header('subprotocol-name')}people: []\nentries:\n  - value: chat\n    iana: { common: X, definition: [], references: [{ type: person, data: Nobody }] }\n`;
    expect(problems(subprotocols, text)).toEqual([expect.stringContaining('the record names person Nobody, who is not in people')]);
  });

  it('refuses a curated usage that cites a reference IANA does not list', () => {
    const text = `${header('subprotocol-name')}people: []\nentries:\n  - value: t140\n    usage: { transports: [webrtc-datachannel], source: rfc9999 }\n    iana: { common: X, definition: [{ xref: { type: rfc, data: rfc8865 } }], references: [] }\n`;
    expect(problems(subprotocols, text)).toEqual([expect.stringContaining('usage cites rfc9999, which IANA does not list for t140')]);
    expect(problems(subprotocols, text.replace('rfc9999', 'rfc8865'))).toEqual([]);
  });

  it('refuses a file whose header names another IANA registry', () => {
    expect(problems(subprotocols, tokenFile('extension-name', ['chat']))).toEqual([expect.stringContaining('iana.registry')]);
  });
});

describe('versions and header bits', () => {
  const versionFile = (status: string) => `${header('version-number')}people: []\nentries:\n  - value: 13\n    iana: { status: ${status}, references: [] }\n`;

  it('requires version 13 registered as Standard (RFC 6455 section 4.1)', () => {
    expect(problems(versions, versionFile('Standard'))).toEqual([]);
    expect(problems(versions, versionFile('Interim'))).toEqual([expect.stringContaining('version 13 must be registered with status Standard')]);
  });

  it('takes only the bits section 11.8 lets IANA assign', () => {
    const file = (bit: string) => `${header('framing-header-bits')}people: []\nentries:\n  - value: ${bit}\n    key: Bit\n    iana: { description: X, references: [] }\n`;
    expect(problems(headerBits, file('RSV2'))).toEqual([]);
    expect(problems(headerBits, file('FIN'))).toEqual([expect.stringContaining('is not one of the allowed values')]);
  });
});

describe('every module', () => {
  it.each(IANA_REGISTRIES.map((m) => [m.id, m] as const))('%s: an unknown field is an error at its line', (_id, module) => {
    const text = `${header(module.ianaId)}people: []\nentries: []\ncolour: red\n`;
    expect(problems(module as IanaRegistryModule, text)).toEqual(
      expect.arrayContaining([`test.yaml:11:1  unknown field \`colour\` in the top level  (remove it, or correct its spelling; tools/registry/src/iana-registries/${module.file.slice("registry/".length, -".yaml".length)}.ts lists the fields)`]),
    );
  });
});
