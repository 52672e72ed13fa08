import { describe, expect, it } from 'vitest';
import { ADD_3001, smallRegistry, smallUpstreamXml } from '../test/fixtures.ts';
import { changesetFileName, changesetText, PUBLIC_PACKAGES } from './changeset.ts';
import { diffRegistry } from './diff.ts';
import { parseIanaXml } from './parse-iana.ts';
import { bumpFor } from './semver.ts';

const diffWith = (...edits: readonly (readonly [string, string])[]) =>
  diffRegistry(parseIanaXml(smallUpstreamXml(['<updated>2030-01-15</updated>', '<updated>2030-02-01</updated>'], ...edits), 'small.xml'), smallRegistry().document);

describe('changesetText', () => {
  it('bumps the four public packages together and lists the upstream changes', () => {
    const diff = diffWith(ADD_3001);
    expect(PUBLIC_PACKAGES).toEqual(['@wscodes/core', '@wscodes/schema', '@wscodes/docs', '@wscodes/fixtures']);
    expect(changesetFileName(diff)).toBe('iana-sync-2030-02-01.md');
    expect(changesetText(diff, bumpFor(diff)!)).toBe(`---
"@wscodes/core": minor
"@wscodes/schema": minor
"@wscodes/docs": minor
"@wscodes/fixtures": minor
---

Sync the close codes with IANA's registry of 2030-02-01 (minor: 1 code added; IANA span records changed; 1 contact changed; IANA's registry date changed).

- Added 3001 "Sample Code" (contact Sam_Sample); new entry: key SampleCode, name "Sample Code", curated text pending review.
- IANA removed span 3001-3999 "Unassigned" (no contact, no references).
- IANA added span 3002-3999 "Unassigned" (no contact, no references).
- IANA contact added: Sam_Sample: Sam Sample <mailto:sam&example.org>.
- IANA registry date 2030-01-15 → 2030-02-01.
`);
  });

  it('marks a removal as breaking, with a major bump', () => {
    const diff = diffWith(['<value>1000</value>', '<value>1000-1000</value>']);
    const text = changesetText(diff, bumpFor(diff)!);
    expect(text.split('\n').slice(1, 5)).toEqual(PUBLIC_PACKAGES.map((p) => `"${p}": major`));
    expect(text).toContain('- **Breaking:** removed 1000 NormalClosure ("Normal Closure"): IANA no longer lists it; removing it is a breaking change.\n');
  });

  it('is a patch for a reference change', () => {
    const diff = diffWith(['data="https://example.org/close?a=1&amp;b=2"', 'data="https://example.org/moved"']);
    const text = changesetText(diff, bumpFor(diff)!);
    expect(text).toContain('"@wscodes/core": patch');
    expect(text).toContain('- Changed 3000 references: uri https://example.org/close?a=1&b=2, rfc-errata 1234 → uri https://example.org/moved, rfc-errata 1234.\n');
  });
});
