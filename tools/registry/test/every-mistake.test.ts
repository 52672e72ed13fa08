// One run reports every independent mistake: syntax errors, shape errors and rule errors together,
// each at its own line:column. The registry is a small one of its own (fixtures/small.yaml); each
// mistake is an exact-once edit of it, and each expected position is computed from the edited text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegistryText } from '@wscodes-tools/registry';
import { edit, expectDiagnostics, lineColumn, positionOf, type Expected } from './helpers.ts';

const SMALL = readFileSync(new URL('./fixtures/small.yaml', import.meta.url), 'utf8');

/** Applies the edits in turn; each must match exactly once. */
const applied = (edits: readonly (readonly [string, string])[]) => edits.reduce((text, [from, to]) => edit(text, from, to), SMALL);

describe('the small registry', () => {
  it('is valid as it stands', () => {
    expectDiagnostics(SMALL, [], true);
  });
});

describe('every problem in one run', () => {
  const text = applied([
    ['  updated: "2020-01-01"\n', '  updated: "2020-01-01\n'], // unclosed quote
    ['  - id: IESG_HYBI\n    name:', '  - id: IESG_HYBI\n\tname:'], // tab as indentation
    ['    summary: For libraries and frameworks.\n    receive: registered\n', '    summary: For libraries and frameworks.\n    receive: all\n'], // shape: enum
    ['  - range: 5000-65535\n', '  - range: 5000-65536\n'], // rule: span bounds
    ['    name: Normal Closure\n', '    name: Normal Closure\n    name: Again\n'], // duplicate mapping key
    ['    summary: The endpoint is going away.\n    send: true\n', '    summary: The endpoint is going away.\n    send: yes please\n'], // shape: type
    ['    key: ProtocolError\n', '    key: ProtocolError\n    colour: red\n'], // shape: unknown field
    ['    summary: No status code was present.\n    send: false\n', '    summary: No status code was present.\n    send: true\n'], // rule: 1005 on the wire
    ['  - code: 1008\n', '  - code: 1007\n'], // rule: duplicate code
    ['    key: Conflict\n', '    key: Unauthorized\n'], // rule: duplicate constant key
    ['    key: Expired\n    name: Expired\n', '    key: Expired\n     name: Expired\n'], // indented too far
    ['    key: Forbidden\n    name: Forbidden\n', '    key: Forbidden\n   name: Forbidden\n'], // indented too little
  ]);
  const expected: Expected[] = [
    { message: 'YAML syntax: a quoted text starts here and is never closed', ...positionOf(text, '"2020-01-01\n') },
    { message: 'YAML syntax: a tab is used to indent this line', fix: 'indent with spaces, not tabs', ...positionOf(text, '\tname: IESG') },
    { message: 'ranges[2].receive: the text "all" is not one of the allowed values', ...positionOf(text, 'receive: all', 'all') },
    { message: 'span 5000-65536 ends past 65535', ...positionOf(text, '5000-65536') },
    { message: 'YAML: the key `name` appears twice in the same mapping', ...positionOf(text, '    name: Again', 'name') },
    { message: 'codes[1].send: expected true or false, found the text "yes please"', ...positionOf(text, 'send: yes please', 'yes') },
    { message: 'unknown field `colour` in codes[2]', ...positionOf(text, 'colour: red') },
    { message: 'code 1005 must never appear in a Close frame (RFC 6455 section 7.4.1)', ...positionOf(text, 'present.\n    send: true', 'true') },
    // The first 1007 is codes[4] in the file, although entries before it were left out as broken.
    { message: 'code 1007 is listed twice (first at codes[4])', ...positionOf(text, '  - code: 1007\n    key: PolicyViolation', '1007') },
    { message: /^YAML syntax: this line is indented deeper than the field above it/, ...positionOf(text, '     name: Expired', 'name') },
    { message: 'key Unauthorized of code 3002 is already used by code 3000', ...positionOf(text, '    key: Unauthorized\n    name: Conflict', 'Unauthorized') },
    { message: 'YAML syntax: this line is indented less than the fields of its entry', ...positionOf(text, '   name: Forbidden') },
  ];

  it('reports all twelve mistakes, each once, at its own line:column, in file order', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expectDiagnostics(text, expected);
  });

  it('reports the same mistake alone when it is the only one (nothing depends on the others)', () => {
    // Spot checks that the rules did not need the broken parts: each rule error stands alone too.
    const alone = applied([['  - code: 1008\n', '  - code: 1007\n']]);
    expectDiagnostics(alone, [{ message: 'code 1007 is listed twice (first at codes[4])', ...positionOf(alone, '  - code: 1007\n    key: PolicyViolation', '1007') }]);
  });

  it('skips a rule that would need a broken part, instead of reporting an echo', () => {
    // A broken range would leave codes "in no range" if the range rules ran on the rest.
    const text = applied([['    kind: private-use\n', '    kind: private\n']]);
    const messages = checkRegistryText(text).diagnostics.map((d) => d.message);
    expect(messages).toEqual(['ranges[3].kind: the text "private" is not one of the allowed values']);
  });

  it('reports a second independent syntax error in the same list as a separate mistake', () => {
    const text = applied([
      ['    key: GoingAway\n    name:', '    key: GoingAway\n\tname:'],
      ['    key: Forbidden\n    name:', '    key: Forbidden\n\tname:'],
    ]);
    expectDiagnostics(text, [
      { message: 'YAML syntax: a tab is used to indent this line', ...positionOf(text, '\tname: Going Away') },
      { message: 'YAML syntax: a tab is used to indent this line', ...positionOf(text, '\tname: Forbidden') },
    ]);
  });
});

describe('anchors, aliases and tags are refused', () => {
  it('refuses an alias bomb at file:line:col without expanding it', () => {
    const lines = ['lol0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`lol${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const text = `${lines.join('\n')}\n${SMALL}`;
    const result = checkRegistryText(text);
    expect(result.registry).toBeUndefined();
    const anchors = result.diagnostics.filter((d) => d.message.startsWith('YAML: anchors'));
    const aliases = result.diagnostics.filter((d) => d.message.startsWith('YAML: aliases'));
    expect(anchors.map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // One alias report per line, not one per alias.
    expect(aliases.map((d) => d.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(aliases[0]).toMatchObject(lineColumn(text, text.indexOf('*a0')));
    expect(anchors[0]).toMatchObject(positionOf(text, '&a0'));
    // The bomb's keys are also unknown fields; nothing else is reported.
    const rest = result.diagnostics.filter((d) => !anchors.includes(d) && !aliases.includes(d));
    expect(rest.map((d) => d.message)).toEqual(Array.from({ length: 9 }, (_, i) => `unknown field \`lol${i}\` in the top level`));
  });

  it('refuses an anchor and an alias inside an entry, and checks the other entries', () => {
    const text = applied([
      ['    reconnect:\n      policy: not-needed\n', '    reconnect: &calm\n      policy: not-needed\n'],
      ['    key: ProtocolError\n    name: Protocol Error\n    summary: A protocol error.\n    send: true\n    receive: true\n    reconnect:\n      policy: do-not-retry\n      source: practice\n      advice: Fix the peer.\n',
        '    key: ProtocolError\n    name: Protocol Error\n    summary: A protocol error.\n    send: true\n    receive: true\n    reconnect: *calm\n'],
      ['    key: Conflict\n', '    key: Unauthorized\n'],
    ]);
    expectDiagnostics(text, [
      { message: 'YAML: anchors (`&name`) are not allowed in the registry', fix: 'remove the anchor and write each value out in full', ...positionOf(text, '&calm') },
      { message: 'YAML: aliases (`*name`) are not allowed in the registry', ...positionOf(text, '*calm') },
      { message: 'key Unauthorized of code 3002 is already used by code 3000', ...positionOf(text, '    key: Unauthorized\n    name: Conflict', 'Unauthorized') },
    ]);
  });

  it('refuses a custom tag', () => {
    const text = applied([['    details: Normal.\n', '    details: !include normal.md\n']]);
    expectDiagnostics(text, [{ message: 'YAML: tags (`!name`) are not allowed in the registry', ...positionOf(text, '!include normal.md') }]);
  });
});
