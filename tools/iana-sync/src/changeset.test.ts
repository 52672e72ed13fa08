import { describe, expect, it } from 'vitest';
import { expectClean, lint } from '../test/changelog-lint.ts';
import { ADD_3001, DESCRIBE_1000, NEW_DATE, smallRegistry, smallUpstreamXml, WITHDRAW_3000 } from '../test/fixtures.ts';
import { changesetFileName, changesetText, PUBLIC_PACKAGES, removedConstantsChangeset } from './changeset.ts';
import { diffRegistry } from './diff.ts';
import { parseIanaXml } from './parse-iana.ts';
import { bumpFor } from './semver.ts';

type Edit = readonly [string, string];
/** 3000 becomes a one-value Unassigned record and 3001 is registered: one edit, as both touch 3001-3999. */
const WITHDRAW_3000_ADD_3001: Edit = [
  WITHDRAW_3000[0],
  `<record>
      <value>3000</value>
      <description>Unassigned</description>
      <contact/>
    </record>
    <record>
      ${ADD_3001[1]}`,
];
const diffWith = (...edits: readonly Edit[]) => diffRegistry(parseIanaXml(smallUpstreamXml(NEW_DATE, ...edits), 'small.xml'), smallRegistry().document);
const textFor = (...edits: readonly Edit[]) => {
  const diff = diffWith(...edits);
  return changesetText(diff, bumpFor(diff)!);
};

describe('the lint harness', () => {
  it('fails what the old changesets had: a bare URL and a mail address', async () => {
    const result = await lint({ 'CHANGELOG.md': '# x\n\n- Changed 1014 references: uri https://example.org/a.\n- Contact: Pat <pat@example.org>.\n' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('MD034');
  });
});

describe('changesetText', () => {
  it('names every constant added, changed and deprecated, in Markdown for users', async () => {
    const diff = diffWith(DESCRIBE_1000, WITHDRAW_3000_ADD_3001);
    expect(changesetFileName(diff.upstreamUpdated)).toBe('iana-sync-2030-02-01.md');
    const text = changesetText(diff, bumpFor(diff)!);
    expect(text.split('\n').slice(0, 6)).toEqual(['---', ...PUBLIC_PACKAGES.map((p) => `"${p}": major`), '---']);
    expect(text).toContain(
      "\nSync the close codes with [IANA's WebSocket close-code registry](https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number) as updated on 2030-02-01 (major: 1 code withdrawn; 1 code added;",
    );
    expect(text).toContain('\n- `CloseCode.SampleCode` (3001) added: IANA registered 3001 as "Sample Code", contact Sam Sample. Its name and advice are pending review.\n');
    expect(text).toContain(
      '\n- `CloseCode.FixtureCode` (3000) deprecated: IANA withdrew 3000 (no longer listed by IANA on 2030-02-01). It is now valid to send and to receive, as any unregistered code in its range. The constant stays as a deprecated alias until the next major release.\n',
    );
    expect(text).toContain('\n- `CloseCode.NormalClosure` (1000) changed: IANA\'s description "Normal Closure" → "Normal Closure (clean shutdown)".\n');
    expect(text).toContain("\n- IANA contact Sam Sample added.\n- IANA's registry date: 2030-01-15 → 2030-02-01.\n");
    await expectClean(text);
  });

  it('is a patch for moved references, written as links', async () => {
    const text = textFor(['data="https://example.org/close?a=1&amp;b=2"', 'data="https://example.org/moved"']);
    expect(text).toContain('"@wscodes/core": patch');
    expect(text).toContain(
      '- `CloseCode.FixtureCode` (3000) changed: IANA\'s references [https\\://example.org/close?a=1&amp;b=2](https://example.org/close?a=1&b=2), [RFC Errata ID 1234](https://www.rfc-editor.org/errata/eid1234) → [https\\://example.org/moved](https://example.org/moved), [RFC Errata ID 1234](https://www.rfc-editor.org/errata/eid1234).',
    );
    await expectClean(text);
  });

  it('collapses a multi-line IANA description to one line, and escapes what Markdown would read', async () => {
    const text = textFor(['runs over two lines &amp; keeps its indentation.', 'runs *over* two\n   lines &lt;b&gt; keeps_its `indentation`.']);
    expect(text).toContain('→ "A fixture code whose description runs \\*over\\* two lines &lt;b&gt; keeps\\_its \\`indentation\\`."');
    await expectClean(text);
  });

  it('names contacts without their addresses, even when only the address changed', async () => {
    const text = textFor(['<uri>mailto:pat&amp;example.org</uri>', '<uri>mailto:pat&amp;example.net</uri>']);
    expect(text).toContain('- IANA contact Pat Example: contact address changed.');
    await expectClean(text);
  });

  it('says when a protocol code withdrawn may no longer be sent or received', async () => {
    const text = textFor(['<value>1000</value>\n      <description>Normal Closure</description>', '<value>1000</value>\n      <description>Unassigned</description>']);
    expect(text).toContain('- `CloseCode.NormalClosure` (1000) deprecated: IANA withdrew 1000 (no longer listed by IANA on 2030-02-01). It is now no longer valid to send or to receive.');
    await expectClean(text);
  });
});

describe('removedConstantsChangeset', () => {
  it('is a major changeset naming each removed constant', async () => {
    const text = removedConstantsChangeset([{ code: 3008, key: 'Timeout', date: '2030-02-01', reason: 'no longer listed by IANA on 2030-02-01' }]);
    expect(text.split('\n').slice(0, 6)).toEqual(['---', ...PUBLIC_PACKAGES.map((p) => `"${p}": major`), '---']);
    expect(text).toContain(
      '- `CloseCode.Timeout` (3008) removed: IANA withdrew 3008 on 2030-02-01 (no longer listed by IANA on 2030-02-01). Use the number 3008, or `describeCloseCode(3008)`, instead.\n',
    );
    await expectClean(text);
  });
});
