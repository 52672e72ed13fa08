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
    expect([...pages.keys()]).toEqual(['README.md', 'collisions.md', 'alpha.md', 'beta.md', 'gamma.md']);
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

  it("says where a protocol's codes travel, its aliases and its deprecation, on its page and in the index", () => {
    const gamma = page('gamma.md');
    expect(gamma).toContain("- **Codes travel in:** a close message of Gamma Protocol's own, not a WebSocket Close frame. Gamma sends c\\[code\\] and its client hands it to onclose.");
    expect(page('alpha.md')).toContain('- **Codes travel in:** the WebSocket Close frame');
    expect(gamma).toContain('| `gamma-server` | [Gamma Server](https://example.org/gamma-server) | Same codes. |');
    expect(gamma).toContain('> **Deprecated.** Use Gamma 2. ([source](https://example.org/gamma-2))');
    expect(page('alpha.md')).not.toContain('Deprecated');
    expect(page('README.md')).toContain('| [Gamma Protocol](gamma.md) *(deprecated)* | `gamma`, `gamma-server` |');
  });

  it('lists reason tokens with their meaning and verdict (the code\'s where they have none), and withdrawn codes with their record', () => {
    const gamma = page('gamma.md');
    expect(gamma).toContain('| 1011 | `NET-0001` | No data arrived in time. | reconnect with backoff (the protocol) | Errors |');
    expect(gamma).toContain('| 1011 | `NET-0000` | Idle: Nothing went back in time. | depends on your app (the protocol) | Timeouts |');
    expect(gamma).toContain('- **1011 with NET-0001:** reconnect with backoff (the protocol). Send data sooner.');
    expect(gamma).toMatch(/^\| 4003 \*\(withdrawn\)\* \| Refused \|/m);
    expect(gamma).toContain('- **4003 Refused:** withdrawn 2025-05-06 ([record](https://example.org/gamma/pull/1)). Gamma now sends a notice instead.');
    expect(gamma).toMatch(/^\| 1011 \| Server error \| .* \| IANA's meaning: \[1011 Internal Error\]\(\.\.\/codes\/1011-internal-error\.md\) \| Errors \|$/m);
    expect(page('alpha.md')).not.toContain('## Reason tokens');
    expect(page('alpha.md')).not.toContain('## Withdrawn codes');
  });

  it("shows on the collisions page codes in IANA's protocol range, those carried in a protocol's own message, and IANA codes used with IANA's meaning apart from collisions", () => {
    const collisions = page('collisions.md');
    expect(collisions).toContain("| 1002 | [Gamma Protocol](gamma.md) *(own close message)* | Interrupted | Gamma's own 1002. | collision: IANA's [1002 Protocol Error](../codes/1002-protocol-error.md) |");
    expect(collisions).toContain("| 2010 | [Gamma Protocol](gamma.md) *(own close message)* | Still open | Another connection is open. | collision: in IANA's protocol range, unassigned |");
    expect(collisions).toContain("| 1011 | [Gamma Protocol](gamma.md) | IANA's meaning: [1011 Internal Error](../codes/1011-internal-error.md) | `NET-0001`, `NET-0000` |");
    expect(collisions).not.toMatch(/^\| 1011 \| \[Gamma Protocol\]\(gamma\.md\) \| Server error/m);
  });

  it('marks a withdrawn code among the codes several protocols define', () => {
    const gamma = registry.protocols!.protocols.find((p) => p.id === 'gamma')!;
    const page = generateProtocolDocs({ ...registry, protocols: { ...registry.protocols!, protocols: [gamma, { ...gamma, id: 'twin', name: 'Twin', aliases: [] }] } }).find((f) => f.path.endsWith('collisions.md'))!.contents;
    expect(page).toContain("| 4003 | [Gamma Protocol](gamma.md) | Refused (withdrawn) | Gamma's old 4003. |");
  });

  it('counts no shared code for entries that keep IANA\'s meaning', () => {
    const gamma = registry.protocols!.protocols.find((p) => p.id === 'gamma')!;
    const twin = { ...gamma, id: 'twin', aliases: [] };
    expect(sharedCodes([gamma, twin]).map((c) => c.code)).toEqual([1002, 2010, 4003]);
  });

  it('links every protocol from the index, with its id, tokens and source', () => {
    expect(page('README.md')).toContain('| [Alpha Protocol](alpha.md) | `alpha` | `alpha.v1` | [example.org](https://example.org/alpha) | 2026-01-02 |');
    expect(page('README.md')).toContain('[Colliding codes](collisions.md)');
  });
});
