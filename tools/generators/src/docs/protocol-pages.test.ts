// The protocol catalogue's pages, on the small catalogue of test/protocol-catalogue.ts.
import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../../test/registry.ts';
import { registryWithCatalogue } from '../../test/protocol-catalogue.ts';
import { generateProtocolDocs, PROTOCOL_DOCS_DIR, sharedCodes } from './protocol-pages.ts';

const registry = registryWithCatalogue();
const pages = new Map(generateProtocolDocs(registry).map((f) => [f.path.slice(PROTOCOL_DOCS_DIR.length), f.contents]));
const page = (path: string) => pages.get(path)!;

describe('generateProtocolDocs', () => {
  it('writes the index, the collisions and one page per protocol, or nothing without a catalogue', () => {
    expect([...pages.keys()]).toEqual(['README.md', 'collisions.md', 'alpha.md', 'beta.md']);
    expect(generateProtocolDocs(fixtureRegistry())).toEqual([]);
    for (const [path, contents] of pages) expect(contents, path).toMatch(/^<!-- Generated from registry\/close-codes\.yaml .*Do not edit.* -->\n\n# /);
  });

  it("shows each protocol's provenance: source, revision, retrieval date, and that the meanings are not IANA's", () => {
    const alpha = page('alpha.md');
    expect(alpha).toContain('- **Source:** [https\\://example.org/alpha](https://example.org/alpha) (r1), retrieved 2026-01-02');
    expect(alpha).toContain('not from IANA');
    expect(alpha).toContain('- **Subprotocol tokens:** `alpha.v1`');
    expect(page('beta.md')).toContain('- **Subprotocol tokens:** none (look it up by its id)');
  });

  it("lists codes and ranges with their verdict's source, library-only codes, and IANA overlaps linking IANA's page", () => {
    const alpha = page('alpha.md');
    expect(alpha).toMatch(/^\| 4100-4199 \| Later \| Come back later\. \| reconnect with backoff \(the protocol\) \| none \| Ranges \|$/m);
    expect(alpha).toMatch(/^\| 4001 \*\(library\)\* \| Alpha fatal \| Alpha's 4001\. \| do not retry blindly \(its reference client\) \| none \| Codes \|$/m);
    expect(alpha).toMatch(/^\| 3000 \| Clash \| .* \| collision: IANA's \[3000 Unauthorized\]\(\.\.\/codes\/3000-unauthorized\.md\) \| Codes \|$/m);
    expect(alpha).toMatch(/^\| 3100 \| Squat \| .* \| unregistered use of IANA's 3000-3999 \| Codes \|$/m);
    expect(alpha).toContain('- **4100-4199 Later:** reconnect with backoff (the protocol). Back off. First wait: at least 1 s (the protocol).');
  });

  it('lists on the collisions page a code that two protocols define, with the meaning under each, and the IANA overlaps', () => {
    expect(sharedCodes(registry.protocols!.protocols).map((c) => c.code)).toEqual([4001]);
    const collisions = page('collisions.md');
    expect(collisions).toContain("| 4001 | [Alpha Protocol](alpha.md) | Alpha fatal | Alpha's 4001. | do not retry blindly (its reference client) |");
    expect(collisions).toContain("| 4001 | [Beta Protocol](beta.md) | Beta retry | Beta's 4001. | reconnect with backoff (common practice) |");
    expect(collisions).not.toContain('| 4002 |');
    expect(collisions).toContain("| 3000 | [Alpha Protocol](alpha.md) | Clash | Alpha's clash with IANA. | collision: IANA's [3000 Unauthorized](../codes/3000-unauthorized.md) |");
    expect(collisions).toContain('- 3100 Squat: [Alpha Protocol](alpha.md)');
  });

  it('links every protocol from the index, with its id, tokens and source', () => {
    expect(page('README.md')).toContain('| [Alpha Protocol](alpha.md) | `alpha` | `alpha.v1` | [example.org](https://example.org/alpha) | 2026-01-02 |');
    expect(page('README.md')).toContain('[Colliding codes](collisions.md)');
  });
});
