// The tests' registry (fixtures/close-codes.yaml) with hostile text in every free-text field the
// docs show. Built by editing the YAML text, so that it goes through the same loader and rules as
// the real thing.
import { checkRegistryText, type Registry } from '@wscodes-tools/registry';
import { FIXTURE_TEXT } from './registry.ts';

/** Strings that have broken generated code or Markdown somewhere, one per line. */
export const HOSTILE_LINES: readonly string[] = [
  '*/ /* `tick` ``double`` ` lone ${x} #{y}',
  `"double" 'single' \\back\\slash\\ end\\`,
  'Ünïcødé 日本語 🙂 __proto__ constructor prototype',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- comment --> </p>',
  '&lt;b&gt; &#60;i&#62; &amp; & a | b \\| c',
  '[x](javascript:alert(1)) ![i](https://evil.example/i.png) <https://evil.example> [ref]: https://evil.example',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '---',
  '~~strike~~ $x$ **bold** _em_ [^note] :smile:',
  'https://evil.example www.evil.example mail@evil.example',
];

/** On one line (for names and other single-line fields), and as paragraphs (for details). */
export const HOSTILE_LINE = HOSTILE_LINES.join(' ');
export const HOSTILE_TEXT = HOSTILE_LINES.join('\n');
export const HOSTILE_PARAGRAPHS = HOSTILE_LINES.join('\n\n');

/** A YAML scalar holding exactly `value`: JSON strings are YAML double-quoted strings. */
const yamlString = (value: string) => JSON.stringify(value);

/**
 * Replaces the value of `field` in the block that starts with `blockStart` (such as
 * "  - code: 1000\n"): the rest of its line and any more-indented lines (a block scalar).
 */
export function setField(text: string, blockStart: string, field: string, value: string): string {
  const blockAt = text.indexOf(blockStart);
  if (blockAt < 0) throw new Error(`no block ${JSON.stringify(blockStart)} in the registry`);
  const match = new RegExp(`^( +)${field}: .*$`, 'm').exec(text.slice(blockAt));
  if (!match) throw new Error(`no ${field} in block ${JSON.stringify(blockStart)}`);
  const start = blockAt + match.index;
  const indent = match[1]!.length;
  const lines = text.slice(start).split('\n');
  let taken = 1;
  while (taken < lines.length && (lines[taken] === '' || /^ */.exec(lines[taken]!)![0].length > indent)) taken++;
  while (lines[taken - 1] === '') taken--;
  const rest = lines.slice(taken).join('\n');
  return `${text.slice(0, start)}${' '.repeat(indent)}${field}: ${yamlString(value)}\n${rest}`;
}

/** Adds `pending: true` to a code's entry. */
export function markPending(text: string, code: number): string {
  const at = text.indexOf('    send:', text.indexOf(`  - code: ${code}\n    key:`));
  return `${text.slice(0, at)}    pending: true\n${text.slice(at)}`;
}

export const HOSTILE_NAME = `${HOSTILE_LINE} (hostile)`;

/** The block start of IANA's first span record, whatever spans IANA lists today ("  - range: 1016-2999\n"). */
function firstIanaSpan(text: string): string {
  const at = text.indexOf('\nianaRanges:\n');
  const span = /^ {2}- range: \d+-\d+\n/m.exec(text.slice(at));
  if (at < 0 || !span) throw new Error('no ianaRanges record in the registry');
  return span[0];
}

export function hostileRegistryText(yaml: string): string {
  const edits: ((t: string) => string)[] = [
    (t) => setField(t, '  - code: 1000\n    key:', 'name', HOSTILE_NAME),
    (t) => setField(t, '  - code: 1000\n    key:', 'summary', HOSTILE_LINE),
    (t) => setField(t, '  - code: 1000\n    key:', 'advice', HOSTILE_TEXT),
    (t) => setField(t, '  - code: 1000\n    key:', 'details', HOSTILE_PARAGRAPHS),
    (t) => setField(t, '  - code: 1000\n    key:', 'description', HOSTILE_TEXT),
    (t) => setField(t, '  - code: 1006\n    key:', 'summary', HOSTILE_LINE),
    (t) => setField(t, '  - code: 1006\n    key:', 'advice', HOSTILE_TEXT),
    (t) => setField(t, '  - code: 1012\n    key:', 'data', 'javascript:alert(1)'),
    (t) => setField(t, '  - code: 1013\n    key:', 'data', 'https://evil.example/a b)(<script>'),
    (t) => setField(t, '  - id: IESG_HYBI\n', 'name', HOSTILE_LINE),
    (t) => setField(t, '  - id: IESG_HYBI\n', 'uri', 'javascript:alert(1)'),
    (t) => setField(t, '  - range: 1000-2999\n', 'name', `Protocol ${HOSTILE_LINE}`),
    (t) => setField(t, '  - range: 1000-2999\n', 'label', HOSTILE_TEXT),
    (t) => setField(t, '  - range: 1000-2999\n', 'summary', HOSTILE_LINE),
    (t) => setField(t, '  - range: 1000-2999\n', 'registration', HOSTILE_TEXT),
    (t) => setField(t, '  - range: 1000-2999\n', 'advice', HOSTILE_TEXT),
    (t) => setField(t, '  - code: 1009\n    meaning:', 'meaning', HOSTILE_TEXT),
    (t) => setField(t, firstIanaSpan(t), 'description', HOSTILE_TEXT),
    (t) => markPending(t, 1001),
  ];
  return edits.reduce((text, edit) => edit(text), yaml);
}

/** The tests' registry with hostile text in every free-text field, loaded as the real one is. */
export function hostileRegistry(): Registry {
  const result = checkRegistryText(hostileRegistryText(FIXTURE_TEXT));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.registry) throw new Error(errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return result.registry;
}
