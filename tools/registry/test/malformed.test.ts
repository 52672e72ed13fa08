// Malformed-registry cases: each is a small edit of the tests' own registry (fixtures/close-codes.yaml), and each
// asserts the exact diagnostics: message, severity, fix, and line:column computed from the edited
// text (never a hard-coded line number, which would rot as the registry grows).
import { describe, expect, it } from 'vitest';
import { checkRegistryText, formatDiagnostic, REGISTRY_FILE } from '@wscodes-tools/registry';
import { codeEntryYaml, edit, expectDiagnostics, lineColumn, offsetOf, positionOf, REAL_TEXT } from './helpers.ts';

const T = REAL_TEXT;
// A few stable anchors in the fixture.
const GOING_AWAY_KEY = '    key: GoingAway\n';
const GOING_AWAY_SUMMARY = '    summary: The endpoint is going away, such as a server shutting down or a browser navigating away from the page.\n';
const GOING_AWAY_POLICY = '      policy: backoff\n      source: practice\n      advice: The peer is leaving';

/** The `codes:` section: troubleshooting guides further down also start with `- code:`. */
function codesSection(text: string): { start: number; end: number } {
  const start = offsetOf(text, '\ncodes:\n') + 1;
  const next = text.slice(start + 1).search(/\n[A-Za-z]/);
  return { start, end: next < 0 ? text.length : start + 1 + next + 1 };
}

/** The block of one code entry, from its `- code:` line to the next entry (or the end of `codes:`). */
function codeBlock(text: string, code: number): { start: number; end: number } {
  const section = codesSection(text);
  const inSection = text.slice(section.start, section.end);
  const start = section.start + offsetOf(inSection, `\n  - code: ${code}\n`) + 1;
  const next = text.indexOf('\n  - code: ', start + 1);
  return { start, end: next < 0 || next >= section.end ? section.end : next + 1 };
}

/** Position of `focus` in the first occurrence of `snippet` inside the block of `code`. */
function inCode(text: string, code: number, snippet: string, focus = snippet) {
  const { start, end } = codeBlock(text, code);
  const at = text.indexOf(snippet, start);
  if (at < 0 || at >= end) throw new Error(`${snippet} not in the block of ${code}`);
  return lineColumn(text, at + snippet.indexOf(focus));
}

describe('the fixture registry', () => {
  it('loads with no diagnostics at all', () => {
    expectDiagnostics(T, [], true);
  });
});

describe('YAML layer', () => {
  it('reports an unclosed quote where it opens, not where yaml gives up, and nothing else', () => {
    // The registry's own date line, with its closing quote taken away.
    const updated = /^ {2}updated: "[^"\n]*"\n/m.exec(T)![0];
    const text = edit(T, updated, updated.replace(/"\n$/, '\n'));
    expectDiagnostics(text, [
      {
        message: 'YAML syntax: a quoted text starts here and is never closed',
        fix: 'add the closing quote at the end of the text',
        ...positionOf(text, '"2026-06-10\n'),
      },
    ]);
  });

  it('reports a tab used as indentation once, not its echoes', () => {
    const text = edit(T, '    name: Going Away\n', '\tname: Going Away\n');
    expectDiagnostics(text, [
      { message: 'YAML syntax: a tab is used to indent this line', fix: 'indent with spaces, not tabs', ...positionOf(text, '\tname: Going Away') },
    ]);
  });

  it('reports an invalid escape in a double-quoted text at the escape', () => {
    const text = edit(T, '    name: Going Away\n', '    name: "Going \\q Away"\n');
    expectDiagnostics(text, [
      { message: 'YAML syntax: Invalid escape sequence \\q', fix: /use single quotes/, ...positionOf(text, '"Going \\q Away"', '\\q') },
    ]);
  });

  it('names a duplicate mapping key and points at the second one', () => {
    const text = edit(T, GOING_AWAY_KEY, `${GOING_AWAY_KEY}    key: GoingAwayAgain\n`);
    expectDiagnostics(text, [
      {
        message: 'YAML: the key `key` appears twice in the same mapping',
        fix: 'remove one of the two, or rename one of them',
        ...positionOf(text, '    key: GoingAwayAgain', 'key'),
      },
    ]);
  });

  it('reports every duplicate key, each at its own place, sorted', () => {
    let text = edit(T, '    key: Timeout\n', '    key: Timeout\n    send: false\n');
    text = edit(text, '    uri: mailto:hybi&ietf.org\n', '    uri: mailto:hybi&ietf.org\n    name: Again\n');
    expectDiagnostics(text, [
      { message: 'YAML: the key `name` appears twice in the same mapping', ...positionOf(text, '    name: Again', 'name') },
      // The second `send` is the one the entry already had, further down.
      { message: 'YAML: the key `send` appears twice in the same mapping', ...inCode(text, 3008, '    send: true', 'send') },
    ]);
  });

  it('rejects a second YAML document', () => {
    const text = `${T}\n---\nextra: 1\n`;
    expectDiagnostics(text, [
      { message: /^YAML syntax: Source contains multiple documents/, fix: /remove the `---` line/, ...positionOf(text, '\n---\n', '---') },
    ]);
  });
});

describe('shape (zod) layer', () => {
  it('points a missing field at the entry that lacks it', () => {
    const text = edit(T, GOING_AWAY_KEY, '');
    expectDiagnostics(text, [
      { message: 'missing required field `codes[1].key`', fix: 'add `key:` here', path: ['codes', 1, 'key'], ...positionOf(text, '  - code: 1001\n', 'code') },
    ]);
  });

  it('requires the classification of a code, and refuses a value outside its enum', () => {
    const block = '    classify:\n      outcome: expected\n      logLevel: info\n      likelySide: server\n      cause: the peer is going away\n';
    const missing = edit(T, block, '');
    expect(checkRegistryText(missing).diagnostics.map((d) => [d.message, d.path])).toEqual([['missing required field `codes[1].classify`', ['codes', 1, 'classify']]]);
    const loud = edit(T, block, block.replace('logLevel: info', 'logLevel: loud'));
    expectDiagnostics(loud, [
      { message: 'codes[1].classify.logLevel: the text "loud" is not one of the allowed values', fix: 'use one of "debug", "info", "warn", "error"', ...positionOf(loud, 'logLevel: loud', 'loud') },
    ]);
  });

  it('points a missing nested field at its parent mapping', () => {
    const text = edit(T, GOING_AWAY_POLICY, '      policy: backoff\n      source: practice\n      adviceX: The peer is leaving');
    expectDiagnostics(text, [
      { message: 'missing required field `codes[1].reconnect.advice`', fix: 'add `advice:` here', ...positionOf(text, '      policy: backoff\n      source: practice\n      adviceX', 'policy') },
      {
        message: 'unknown field `adviceX` in codes[1].reconnect',
        fix: 'remove it, or correct its spelling; tools/registry/src/schema.ts lists the fields',
        ...positionOf(text, '      adviceX:', 'adviceX'),
      },
    ]);
  });

  it('points an unknown field at its key', () => {
    const text = edit(T, GOING_AWAY_KEY, `${GOING_AWAY_KEY}    colour: red\n`);
    expectDiagnostics(text, [
      { message: 'unknown field `colour` in codes[1]', path: ['codes', 1, 'colour'], ...positionOf(text, '    colour: red', 'colour') },
    ]);
  });

  it('reports an unknown top-level field', () => {
    const text = edit(T, '\ncodes:\n', '\ncodez: []\ncodes:\n');
    expectDiagnostics(text, [{ message: 'unknown field `codez` in the top level', ...positionOf(text, '\ncodez:', 'codez') }]);
  });

  it('says what was found for a wrong type, and how to write a boolean', () => {
    const text = edit(T, `${GOING_AWAY_SUMMARY}    send: true`, `${GOING_AWAY_SUMMARY}    send: yes please`);
    expectDiagnostics(text, [
      { message: 'codes[1].send: expected true or false, found the text "yes please"', fix: 'write true or false', ...positionOf(text, 'send: yes please', 'yes') },
    ]);
  });

  it('reports a list written as a mapping', () => {
    const text = edit(T, T.slice(T.indexOf('\ncodes:\n')), '\ncodes: {}\n');
    expectDiagnostics(text, [
      { message: 'codes: expected a list, found a mapping', fix: 'write a list of `- ` items, or [] for none', ...positionOf(text, 'codes: {}', '{}') },
    ]);
  });

  it('reports an empty value where text is required', () => {
    const text = edit(T, '    key: Timeout\n', '    key:\n');
    expectDiagnostics(text, [
      {
        message: 'codes[18].key: expected a text, found an empty value (null)',
        fix: /^write the text here; quote it/,
        // yaml places the empty scalar right after the colon.
        ...lineColumn(text, offsetOf(text, '    key:\n    name: Timeout') + '    key:'.length),
      },
    ]);
  });

  it('says "must not be empty" instead of zod wording for an empty text', () => {
    const text = edit(T, '    name: Timeout\n', '    name: ""\n');
    expectDiagnostics(text, [
      { message: 'codes[18].name: must not be empty', fix: 'write the text, or remove the field if it is optional', ...positionOf(text, 'name: ""', '""') },
    ]);
  });

  it('rejects an unknown reconnect.policy and lists the allowed ones', () => {
    const text = edit(T, GOING_AWAY_POLICY, '      policy: sometimes\n      source: practice\n      advice: The peer is leaving');
    expectDiagnostics(text, [
      {
        message: 'codes[1].reconnect.policy: the text "sometimes" is not one of the allowed values',
        fix: 'use one of "backoff", "do-not-retry", "not-needed", "depends"',
        ...positionOf(text, 'policy: sometimes', 'sometimes'),
      },
    ]);
  });

  it('rejects an unknown range kind', () => {
    const text = edit(T, '    kind: private-use\n', '    kind: private\n');
    expectDiagnostics(text, [
      {
        message: 'ranges[3].kind: the text "private" is not one of the allowed values',
        fix: 'use one of "not-used", "protocol", "iana", "private-use", "out-of-range"',
        ...positionOf(text, 'kind: private\n', 'private'),
      },
    ]);
  });

  it('rejects an unknown range receive rule', () => {
    const edited = T.replace(/(kind: private-use[\s\S]*?)receive: any/, '$1receive: all');
    expect(edited).not.toBe(T);
    expectDiagnostics(edited, [
      { message: 'ranges[3].receive: the text "all" is not one of the allowed values', fix: 'use one of "none", "registered", "any"', ...positionOf(edited, 'receive: all', 'all') },
    ]);
  });

  it('rejects an unknown IANA reference type', () => {
    const snippet = '        - type: rfc\n          data: rfc6455\n\ncodes:';
    const text = edit(T, snippet, snippet.replace('type: rfc', 'type: RFC'));
    expectDiagnostics(text, [
      {
        message: 'ianaRanges[4].iana.references[0].type: the text "RFC" is not one of the allowed values',
        fix: 'use one of "rfc", "uri", "rfc-errata"',
        ...positionOf(text, 'type: RFC', 'RFC'),
      },
    ]);
  });

  it('rejects a key that is not PascalCase', () => {
    const text = edit(T, GOING_AWAY_KEY, '    key: going_away\n');
    expectDiagnostics(text, [
      {
        message: 'codes[1].key: a key is a PascalCase identifier such as NormalClosure',
        fix: 'rewrite the value in the expected format',
        ...positionOf(text, 'key: going_away', 'going_away'),
      },
    ]);
  });

  it('rejects a quoted code and says to drop the quotes', () => {
    const text = edit(T, '  - code: 1001\n', '  - code: "1001"\n');
    expectDiagnostics(text, [
      { message: 'codes[1].code: expected a number, found the text "1001"', fix: 'write the number without quotes', ...positionOf(text, 'code: "1001"', '"1001"') },
    ]);
  });

  it('rejects a code that is not an integer', () => {
    const text = edit(T, '  - code: 1001\n', '  - code: 1001.5\n');
    expectDiagnostics(text, [
      { message: 'codes[1].code: expected a whole number, found the number 1001.5', ...positionOf(text, 'code: 1001.5', '1001.5') },
    ]);
  });

  it('rejects a negative code', () => {
    const text = edit(T, '  - code: 1001\n', '  - code: -1\n');
    expectDiagnostics(text, [
      {
        message: 'codes[1].code: a close code must be between 0 and 65535: it travels as an unsigned 16-bit integer',
        fix: 'use a value of at least 0',
        ...positionOf(text, 'code: -1', '-1'),
      },
    ]);
  });

  it('rejects a code above 65535', () => {
    const text = edit(T, '  - code: 1001\n', '  - code: 65536\n');
    expectDiagnostics(text, [
      {
        message: 'codes[1].code: a close code must be between 0 and 65535: it travels as an unsigned 16-bit integer',
        fix: 'use a value of at most 65535',
        ...positionOf(text, 'code: 65536', '65536'),
      },
    ]);
  });

  it('rejects a span not written FROM-TO', () => {
    const text = edit(T, '  - range: 4000-4999\n    kind:', '  - range: 4000..4999\n    kind:');
    expectDiagnostics(text, [
      { message: 'ranges[3].range: expected a span written FROM-TO, such as 1016-2999', ...positionOf(text, 'range: 4000..4999', '4000') },
    ]);
  });

  it('rejects a date IANA would not write', () => {
    const text = edit(T, '"2024-02-01"', '"1 Feb 2024"');
    expectDiagnostics(text, [
      { message: /^codes\[18\]\.iana\.date: expected a date such as 2016-10-10/, ...positionOf(text, '"1 Feb 2024"') },
    ]);
  });

  it('reports several shape errors in one run, sorted by position', () => {
    // Applied bottom-up, so the order of the edits is not the order of the report.
    let text = edit(T, '    name: Timeout\n', '    name: 3008\n');
    text = edit(text, '  - code: 1001\n', '  - code: "1001"\n');
    text = edit(text, '    kind: private-use\n', '    kind: private\n');
    const diagnostics = expectDiagnostics(text, [
      { message: /^ranges\[3\]\.kind: /, ...positionOf(text, 'kind: private\n', 'private') },
      { message: /^codes\[1\]\.code: /, ...positionOf(text, 'code: "1001"', '"1001"') },
      { message: 'codes[18].name: expected a text, found the number 3008', ...positionOf(text, 'name: 3008', '3008') },
    ]);
    expect(diagnostics.map((d) => d.line)).toEqual([...diagnostics.map((d) => d.line)].sort((a, b) => a - b));
  });
});

describe('rules: spans and ranges', () => {
  it('rejects a span that starts after it ends', () => {
    const text = edit(T, '  - range: 3001-3002\n', '  - range: 3002-3001\n');
    expectDiagnostics(text, [
      { message: 'span 3002-3001 starts after it ends', fix: 'write it as 3001-3002', path: ['ianaRanges', 1, 'range'], ...positionOf(text, 'range: 3002-3001', '3002') },
    ]);
  });

  it('rejects a span past 65535', () => {
    const text = edit(T, '  - range: 5000-65535\n', '  - range: 5000-70000\n');
    expectDiagnostics(text, [
      { message: 'span 5000-70000 ends past 65535', fix: 'close codes are 16-bit: end the span at 65535 or below', ...positionOf(text, 'range: 5000-70000', '5000') },
    ]);
  });

  it('rejects overlapping ranges', () => {
    const text = edit(T, '  - range: 4000-4999\n    kind:', '  - range: 3990-4999\n    kind:');
    expectDiagnostics(text, [
      { message: 'range 3990-4999 overlaps the range before it, which ends at 3999', fix: 'start it at 4000', ...positionOf(text, 'range: 3990-4999', '3990') },
    ]);
  });

  it('rejects a gap between ranges', () => {
    const text = edit(T, '  - range: 4000-4999\n    kind:', '  - range: 4010-4999\n    kind:');
    expectDiagnostics(text, [
      { message: 'codes 4000-4009 fall in no range', fix: 'start this range at 4000, or add a range for 4000-4009', ...positionOf(text, 'range: 4010-4999', '4010') },
    ]);
  });

  it('rejects a last range that stops short of 65535', () => {
    const text = edit(T, '  - range: 5000-65535\n', '  - range: 5000-65000\n');
    expectDiagnostics(text, [
      { message: 'codes 65001-65535 fall in no range', fix: 'extend the last range to 65535', ...positionOf(text, 'range: 5000-65000', '5000') },
    ]);
  });

  it('reports a range listed out of order as such, not as a gap plus an overlap', () => {
    const protocol = T.slice(offsetOf(T, '  - range: 1000-2999\n'), offsetOf(T, '  - range: 3000-3999\n'));
    const text = edit(edit(T, protocol, ''), '  - range: 4000-4999\n    kind:', `${protocol}  - range: 4000-4999\n    kind:`);
    expectDiagnostics(text, [
      {
        message: 'range 1000-2999 is listed after range 3000-3999, which starts later',
        fix: 'list the ranges in ascending order',
        path: ['ranges', 2, 'range'],
        ...positionOf(text, 'range: 1000-2999', '1000'),
      },
    ]);
  });

  it('accepts an IANA span that crosses a range boundary, as IANA\'s 2015 file had 1016-3999', () => {
    const text = edit(T, '  - range: 4000-4999\n    iana:', '  - range: 4000-5000\n    iana:');
    expectDiagnostics(text, [], true);
  });

  it('rejects IANA spans that overlap', () => {
    const added = '  - range: 3005-3006\n    iana:\n      description: Unassigned\n      contact: null\n      references: []\n';
    const text = edit(T, '  - range: 3009-3999\n', `${added}  - range: 3009-3999\n`);
    expectDiagnostics(text, [
      { message: 'IANA span 3005-3006 overlaps IANA span 3004-3007', fix: 'make the spans disjoint', path: ['ianaRanges', 3, 'range'], ...positionOf(text, 'range: 3005-3006', '3005') },
    ]);
  });

  it('rejects an IANA span that contains a registered code', () => {
    const text = edit(T, '  - range: 3004-3007\n', '  - range: 3003-3007\n');
    expectDiagnostics(text, [
      { message: 'IANA span 3003-3007 contains registered code 3003', fix: 'split the span so that 3003 is left out', ...positionOf(text, 'range: 3003-3007', '3003') },
    ]);
  });
});

describe('rules: codes', () => {
  it('rejects a code listed twice (and warns that it is out of order)', () => {
    const text = `${T}\n${codeEntryYaml(3003, 'ForbiddenAgain', 'Forbidden Again')}`;
    const at = positionOf(text, '  - code: 3003\n    key: ForbiddenAgain', '3003');
    expectDiagnostics(text, [
      { severity: 'warning', message: 'code 3003 comes after 3008', fix: 'move it up so codes stay in ascending order', ...at },
      { message: 'code 3003 is listed twice (first at codes[17])', fix: 'merge the two entries into one', path: ['codes', 19, 'code'], ...at },
    ]);
  });

  it('warns about codes out of order but still loads, sorted', () => {
    const forbidden = codeBlock(T, 3003);
    const timeout = codeBlock(T, 3008);
    const text = T.slice(0, forbidden.start) + T.slice(timeout.start).trimEnd() + '\n\n' + T.slice(forbidden.start, forbidden.end);
    expectDiagnostics(text, [{ severity: 'warning', message: 'code 3003 comes after 3008', ...inCode(text, 3003, 'code: 3003', '3003') }], true);
    expect(checkRegistryText(text).registry!.codes.map((c) => c.code).slice(-2)).toEqual([3003, 3008]);
  });

  it('rejects a code in the private-use range', () => {
    const text = `${T}\n${codeEntryYaml(4001, 'Mine', 'Mine')}`;
    expectDiagnostics(text, [
      { message: 'IANA span 4000-4999 contains registered code 4001', ...positionOf(text, '  - range: 4000-4999\n    iana:', '4000') },
      {
        message: 'code 4001 is in range 4000-4999 (Private use), where codes are not registered',
        fix: 'only 1000-2999 and 3000-3999 hold registered codes: correct the code or remove the entry',
        ...positionOf(text, 'code: 4001', '4001'),
      },
    ]);
  });

  it('rejects a code in the not-used range, and receive: true where nothing is receivable', () => {
    const text = edit(T, '\ncodes:\n', `\ncodes:\n${codeEntryYaml(999, 'Low', 'Low', { send: false, receive: true })}`);
    expectDiagnostics(text, [
      { message: 'code 999 is in range 0-999 (Not used), where codes are not registered', ...positionOf(text, 'code: 999', '999') },
      { message: 'code 999 is in range 0-999, where no code is valid on receipt', fix: 'set receive: false', ...inCode(text, 999, 'receive: true', 'true') },
    ]);
  });

  it('rejects receive: true for every code in a range whose receive rule is none', () => {
    const text = T.replace(/(kind: iana[\s\S]*?)receive: any/, '$1receive: none');
    expect(text).not.toBe(T);
    expectDiagnostics(
      text,
      [3000, 3003, 3008].map((code) => ({
        message: `code ${code} is in range 3000-3999, where no code is valid on receipt`,
        fix: 'set receive: false',
        ...inCode(text, code, 'receive: true', 'true'),
      })),
    );
  });

  it('rejects 1005 with send: true (RFC 6455 section 7.4.1)', () => {
    const { start, end } = codeBlock(T, 1005);
    const text = T.slice(0, start) + T.slice(start, end).replace('    send: false\n', '    send: true\n') + T.slice(end);
    expectDiagnostics(text, [
      {
        message: 'code 1005 must never appear in a Close frame (RFC 6455 section 7.4.1)',
        fix: 'set send: false and receive: false',
        path: ['codes', 5, 'send'],
        ...inCode(text, 1005, 'send: true', 'true'),
      },
    ]);
  });

  it('rejects a code that may be sent but not received', () => {
    const { start, end } = codeBlock(T, 1013);
    const text = T.slice(0, start) + T.slice(start, end).replace('    receive: true\n', '    receive: false\n') + T.slice(end);
    expectDiagnostics(text, [
      {
        message: 'code 1013 may be sent but is invalid on receipt',
        fix: 'a code an endpoint may send must be valid on receipt: set receive: true, or send: false',
        ...inCode(text, 1013, 'receive: false', 'false'),
      },
    ]);
  });

  it('rejects a summary that spans several lines', () => {
    const text = edit(T, GOING_AWAY_SUMMARY, '    summary: |\n      The endpoint is going away,\n      such as a server shutting down.\n');
    expectDiagnostics(text, [
      {
        message: 'the summary of code 1001 spans several lines',
        fix: 'keep the summary to one sentence and move the rest into details',
        ...positionOf(text, 'summary: |\n      The endpoint is going away,', '|'),
      },
    ]);
  });

  it('rejects a summary with an escaped line break too', () => {
    const text = edit(T, GOING_AWAY_SUMMARY, '    summary: "Going away.\\r\\nReally."\n');
    expectDiagnostics(text, [{ message: 'the summary of code 1001 spans several lines', ...positionOf(text, '"Going away.') }]);
  });

  it('warns about pending curated text but still loads', () => {
    const text = edit(T, '    key: Timeout\n', '    key: Timeout\n    pending: true\n');
    expectDiagnostics(
      text,
      [
        {
          severity: 'warning',
          message: 'code 3008 has curated text pending review',
          fix: 'write name, summary, reconnect and details, then remove `pending: true`',
          ...positionOf(text, 'pending: true', 'true'),
        },
      ],
      true,
    );
    expect(checkRegistryText(text).registry!.codes.find((c) => c.code === 3008)!.pending).toBe(true);
  });
});

describe('rules: keys and names', () => {
  it('rejects a key used twice', () => {
    const text = edit(T, '    key: Timeout\n', '    key: Forbidden\n');
    expectDiagnostics(text, [
      {
        message: 'key Forbidden of code 3008 is already used by code 3003',
        fix: 'give each code its own key; a released key never changes',
        ...inCode(text, 3008, 'key: Forbidden', 'Forbidden'),
      },
    ]);
  });

  it('rejects keys that differ only in case', () => {
    const text = edit(T, '    key: Timeout\n', '    key: FORBIDDEN\n');
    expectDiagnostics(text, [
      { message: 'key FORBIDDEN of code 3008 differs only in case from key Forbidden of code 3003', ...positionOf(text, 'key: FORBIDDEN', 'FORBIDDEN') },
    ]);
  });

  it('rejects two names that map to the same constant', () => {
    const text = edit(T, '    name: Timeout\n', '    name: Going-Away\n');
    expectDiagnostics(text, [
      {
        message: 'name "Going-Away" of code 3008 maps to the same constant (GoingAway) as "Going Away" of code 1001',
        fix: 'give the codes names that differ in more than case and punctuation',
        ...positionOf(text, 'name: Going-Away', 'Going-Away'),
      },
    ]);
  });
});

describe('rules: contacts', () => {
  it('rejects a reference to an unknown contact (and warns that the old one is now unused)', () => {
    const text = edit(T, '      contact: Morgan_Jones\n', '      contact: Morgan_Smith\n');
    expectDiagnostics(text, [
      { severity: 'warning', message: 'contact Morgan_Jones is not referred to', fix: 'remove it', ...positionOf(text, '  - id: Morgan_Jones', 'Morgan_Jones') },
      {
        message: 'unknown contact Morgan_Smith',
        fix: "add Morgan_Smith to contacts (from IANA's <people>), or correct the id",
        path: ['codes', 18, 'iana', 'contact'],
        ...positionOf(text, 'contact: Morgan_Smith', 'Morgan_Smith'),
      },
    ]);
  });

  it('rejects a contact listed twice', () => {
    const text = edit(T, '    uri: mailto:morgan.jones&viasat.com\n', '    uri: mailto:morgan.jones&viasat.com\n  - id: IESG_HYBI\n    name: IESG HYBI again\n    uri: mailto:hybi&ietf.org\n');
    expectDiagnostics(text, [
      { message: 'contact IESG_HYBI is listed twice', fix: 'remove the second entry', path: ['contacts', 5, 'id'], ...positionOf(text, '  - id: IESG_HYBI\n    name: IESG HYBI again', 'IESG_HYBI') },
    ]);
  });

  it('warns about an unused contact but still loads', () => {
    const text = edit(T, '\ncontacts:\n', '\ncontacts:\n  - id: Zed_Unused\n    name: Zed\n    uri: mailto:zed&example.org\n');
    expectDiagnostics(text, [{ severity: 'warning', message: 'contact Zed_Unused is not referred to', ...positionOf(text, 'id: Zed_Unused', 'Zed_Unused') }], true);
  });
});

describe('rules: reconnect advice, troubleshooting guides and peer notes', () => {
  it('rejects a reconnect delay that ends before it starts, at its minSeconds', () => {
    const text = edit(T, GOING_AWAY_POLICY, '      policy: backoff\n      source: practice\n      delay: { minSeconds: 30, maxSeconds: 5, randomized: true, source: practice }\n      advice: The peer is leaving');
    expectDiagnostics(text, [
      { message: 'the reconnect delay of code 1001 starts at 30 s, after its end at 5 s', fix: 'swap minSeconds and maxSeconds', ...positionOf(text, 'minSeconds: 30', '30') },
    ]);
  });

  it('rejects a troubleshooting guide whose code has no entry, at its code', () => {
    // 4999 is private use: it never has an entry, whatever IANA does.
    const first = /\ntroubleshooting:\n {2}- code: (\d+)\n/.exec(T)!;
    const text = edit(T, first[0], first[0].replace(`code: ${first[1]}`, 'code: 4999'));
    expectDiagnostics(text, [
      {
        message: 'the troubleshooting guide for 4999 is for a code with no entry in codes',
        fix: 'add the code to codes first, or remove the guide',
        ...positionOf(text, 'troubleshooting:\n  - code: 4999', '4999'),
      },
    ]);
  });

  it('rejects a peer note without a vector, a peer that is not a matrix key, and leftover fields, at file:line:col', () => {
    const text = edit(T, '\npeerNotes:\n', '\npeerNotes:\n  - peer: Chrome 156\n    vectors: []\n    note: A new note.\n  - peer: chromium\n    vectors: [api-reason-only]\n    note: A new note.\n    observed: { outcome: accepted }\n');
    expectDiagnostics(text, [
      { message: /^peerNotes\[0\]\.peer: a peer is a key of the compatibility matrix/, ...positionOf(text, 'peer: Chrome 156', 'Chrome 156') },
      { message: /^peerNotes\[0\]\.vectors: a peer note names at least one vector/, ...positionOf(text, 'vectors: []', '[]') },
      { message: /^unknown field `observed` in peerNotes\[1\]/, ...positionOf(text, 'observed: { outcome', 'observed') },
    ]);
  });

  it('rejects a vector listed twice for the same peer, at the second listing', () => {
    // The new note comes first, so the fixture's own BOM note is the second listing.
    const text = edit(T, '\npeerNotes:\n', '\npeerNotes:\n  - peer: undici-client\n    vectors: [payload-bom-only]\n    note: A new note.\n');
    expectDiagnostics(text, [
      {
        message: 'undici-client already has a note for payload-bom-only (peerNotes[0])',
        fix: 'list each vector once per peer: merge the two notes, or remove the vector from one',
        ...positionOf(text, 'vectors: [ payload-bom-then-text, payload-bom-only', 'payload-bom-only'),
      },
    ]);
  });
});

describe('several rule errors at once', () => {
  it('reports all of them in one run, sorted by position, and formats each as file:line:col', () => {
    // Edits made from the bottom of the file up, so that the report order is not the edit order.
    let text = edit(T, '    key: Timeout\n', '    key: Forbidden\n');
    const { start, end } = codeBlock(text, 1005);
    text = text.slice(0, start) + text.slice(start, end).replace('    send: false\n', '    send: true\n') + text.slice(end);
    text = edit(text, '  - range: 3001-3002\n', '  - range: 3002-3001\n');
    text = edit(text, '\ncontacts:\n', '\ncontacts:\n  - id: Aaa_Unused\n    name: Aaa\n    uri: mailto:aaa&example.org\n');
    const expected = [
      { severity: 'warning' as const, message: 'contact Aaa_Unused is not referred to', ...positionOf(text, 'id: Aaa_Unused', 'Aaa_Unused') },
      { message: 'span 3002-3001 starts after it ends', ...positionOf(text, 'range: 3002-3001', '3002') },
      { message: 'code 1005 must never appear in a Close frame (RFC 6455 section 7.4.1)', ...inCode(text, 1005, 'send: true', 'true') },
      { message: 'key Forbidden of code 3008 is already used by code 3003', ...inCode(text, 3008, 'key: Forbidden', 'Forbidden') },
    ];
    const diagnostics = expectDiagnostics(text, expected);
    const lines = diagnostics.map((d) => formatDiagnostic(REGISTRY_FILE, d));
    expect(lines[0]).toBe(`registry/close-codes.yaml:${expected[0]!.line}:${expected[0]!.column}  warning: contact Aaa_Unused is not referred to  (remove it)`);
    expect(lines[3]).toBe(
      `registry/close-codes.yaml:${expected[3]!.line}:${expected[3]!.column}  key Forbidden of code 3008 is already used by code 3003  (give each code its own key; a released key never changes)`,
    );
  });
});

describe('degenerate documents', () => {
  it('reports an empty file at 1:1', () => {
    expectDiagnostics('', [{ message: 'the file is empty', fix: "write the file's fields; tools/registry/src/schema.ts lists them", line: 1, column: 1 }]);
    expectDiagnostics('# only a comment\n\n', [{ message: 'the file is empty', line: 1, column: 1 }]);
  });

  it('reports a missing top-level section', () => {
    const text = edit(T, /^iana:\n  updated: "[^"]*"\n/m.exec(T)![0], '');
    const [d] = expectDiagnostics(text, [{ message: 'missing required field `iana`', fix: 'add `iana:` here', ...positionOf(text, '\ncontacts:\n', 'contacts') }]);
    expect(d!.path).toEqual(['iana']);
  });
});
