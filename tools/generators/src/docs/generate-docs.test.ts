import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegistryText, loadRegistry, REGISTRY_FILE, REPO_ROOT, type Registry } from '@wscodes-tools/registry';
import { codePage, codePagePath } from './code-page.ts';
import { coverage, POLICY_LABEL, rangeFacts, SOURCE_LABEL } from './facts.ts';
import { githubSlug, inline, referenceLink, richInline } from '../output/markdown.ts';
import { DOCS_DIR, generateDocs } from './generate-docs.ts';
import { fixtureRegistry, FIXTURE_TEXT } from '../../test/registry.ts';
import { WPT_SECTION_HEADING } from '../compat-page-links.ts';
import { withRelativeReadme } from './npm-links.ts';
import { readProjectLinks, sitePaths, siteUrl } from '../output/links.ts';

const registry = fixtureRegistry();
// The README's links are absolute (npm shows it away from the package's pages); read as paths inside the package again.
const docs = (r: Registry = registry) => new Map(withRelativeReadme(generateDocs(r).map((f) => ({ path: f.path.slice(DOCS_DIR.length), contents: f.contents })), r).map((p) => [p.path, p.contents]));
const pages = docs();
const page = (path: string) => pages.get(path)!;

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('generateDocs', { timeout: 30_000 }, () => {
  it('is deterministic', () => {
    expect(generateDocs(registry)).toEqual(generateDocs(registry));
  });

  it('writes the index, ranges, troubleshooting and one page per code, each with the banner first', () => {
    expect([...pages.keys()].filter((p) => !p.startsWith('codes/'))).toEqual(['README.md', 'ranges.md', 'troubleshooting.md']);
    expect([...pages.keys()].filter((p) => p.startsWith('codes/'))).toHaveLength(registry.codes.length);
    for (const [path, contents] of pages) {
      expect(contents, path).toMatch(/^<!-- Generated from registry\/close-codes\.yaml by tools\/generators\/src\/docs\/\. Do not edit.* -->\n\n# /);
      expect(contents, path).toMatch(/[^\n]\n$/);
    }
  });

  it('writes the README, the package page on npm, with absolute links only: the site, or the repository', () => {
    const readme = generateDocs(registry).find((f) => f.path === `${DOCS_DIR}README.md`)!.contents;
    const targets = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    const links = readProjectLinks();
    expect(targets.length).toBeGreaterThan(registry.codes.length);
    for (const target of targets) expect(target.startsWith(links.site) || target.startsWith(`${links.repository}/`), target).toBe(true);
    expect(targets).toContain(siteUrl(links, sitePaths.code(1006)));
    expect(targets).toContain(siteUrl(links, sitePaths.range(4000, 4999)));
  });

  it('links the compatibility page and its WPT section from the index (that the anchor resolves: docs-hostile.test.ts)', () => {
    const links = [...page('README.md').matchAll(/\]\((compatibility\.md[^)]*)\)/g)].map((m) => m[1]);
    expect(links).toEqual(['compatibility.md', `compatibility.md#${githubSlug(WPT_SECTION_HEADING)}`]);
  });

  it("shows each code's classification under In logs, as classifyClose reports it (a withdrawn code's: its range's)", () => {
    for (const entry of registry.codes) {
      const range = registry.ranges.find((r) => entry.code >= r.from && entry.code <= r.to)!;
      const c = entry.withdrawn ? range.classify : entry.classify;
      const section = codePage(registry, registry.codes.indexOf(entry)).split('## In logs\n\n')[1]!.split('\n## ')[0]!;
      expect(section, `${entry.code}`).toContain(`- **Log level:** \`${c.logLevel}\``);
      expect(section).toContain(`- **In words:** ${inline(c.cause)}`);
      expect(section).toContain(`\`(${c.outcome}, ${c.likelySide})\``);
    }
  });

  it('links each code page to the previous and next code and back to the index', () => {
    const first = page('codes/1000-normal-closure.md');
    expect(first).not.toContain('Previous:');
    expect(first).toContain('Next: [1001 Going Away](1001-going-away.md) · [All codes](../README.md)');
    expect(page('codes/3003-forbidden.md')).toContain('Previous: [3000 Unauthorized](3000-unauthorized.md) · Next: [3008 Timeout](3008-timeout.md)');
    expect(page('codes/3008-timeout.md')).not.toContain('Next:');
  });

  it('shows the wire and API rules from the registry and the close() rule', () => {
    expect(page('codes/1005-no-status-received.md')).toContain('- **Sending:** never.');
    expect(page('codes/1005-no-status-received.md')).toContain('- **Receiving:** invalid.');
    expect(page('codes/1011-internal-error.md')).toContain('`close(1011)` throws an `InvalidAccessError`');
    expect(page('codes/3000-unauthorized.md')).toContain('`close(3000)` is allowed.');
    expect(page('README.md')).toContain('| [1014](codes/1014-bad-gateway.md) | [Bad Gateway](codes/1014-bad-gateway.md) | yes | yes | no | reconnect with backoff |');
  });

  it('gives the reconnect advice, and the policy as @wscodes/core reports it', () => {
    for (const entry of registry.codes) {
      const reconnect = page(codePagePath(entry)).split('## Reconnect\n\n')[1]!.split('\n\n## ')[0]!;
      expect(reconnect.startsWith(`${inline(entry.reconnect.advice)}\n\n`), `${entry.code}`).toBe(true);
      expect(reconnect).toContain(`In code: \`describeCloseCode(${entry.code}).reconnect.policy\` is \`'${entry.reconnect.policy}'\` (${POLICY_LABEL[entry.reconnect.policy]}).`);
      expect(reconnect).toContain(`- **Policy:** ${POLICY_LABEL[entry.reconnect.policy]} (source: ${SOURCE_LABEL[entry.reconnect.source]})`);
      expect(reconnect.includes('- **Delay:**'), `${entry.code}`).toBe(entry.reconnect.delay !== undefined);
      expect(reconnect.split('- **Condition:**').length - 1, `${entry.code}`).toBe(entry.reconnect.conditions.length);
    }
  });

  it('lays out a delay and conditions, each with its source', () => {
    const first = registry.codes[0]!;
    const reconnect = {
      policy: 'backoff',
      source: 'registration',
      delay: { minSeconds: 5, maxSeconds: 30, randomized: true, source: 'registration' },
      conditions: [
        { text: 'Only on user action.', source: 'registration' },
        { text: 'Back off after that.', source: 'practice' },
      ],
      advice: 'Wait, then come back.',
    } as const;
    const edited: Registry = { ...registry, codes: [{ ...first, reconnect }, ...registry.codes.slice(1)] };
    expect(docs(edited).get(codePagePath(first))).toContain(
      [
        '- **Policy:** reconnect with backoff (source: IANA registration)',
        '- **Delay:** a random wait of 5 to 30 seconds (source: IANA registration)',
        '- **Condition:** Only on user action. (source: IANA registration)',
        '- **Condition:** Back off after that. (source: common practice)',
      ].join('\n'),
    );
  });

  it('gives each range the advice describeCloseCode gives for a code without an entry', () => {
    for (const range of registry.ranges) {
      expect(page('ranges.md')).toContain(`${inline(range.reconnect.advice)}\n\n- **Policy:** ${POLICY_LABEL[range.reconnect.policy]}`);
      expect(rangeFacts(registry, range).reconnect).toBe(POLICY_LABEL[range.reconnect.policy]);
    }
  });

  it('gives each kind of code a fitting example that uses @wscodes/core', () => {
    expect(page('codes/1000-normal-closure.md')).toContain("socket.addEventListener('open', () => socket.close(CloseCode.NormalClosure));");
    expect(page('codes/1011-internal-error.md')).toContain("server.on('connection', (client) => client.close(CloseCode.InternalError));");
    const never = page('codes/1006-abnormal-closure.md');
    expect(never).not.toMatch(/close\(CloseCode/);
    expect(never).toContain('if (event.code === CloseCode.AbnormalClosure) {');
    for (const [path, contents] of pages) if (path.startsWith('codes/')) expect(contents, path).toContain('describeCloseCode(');
  });

  it("sends a code ws's own list lacks through websocket-driver, never through ws", () => {
    const index = registry.codes.findIndex((c) => c.code === 1011);
    const internal = codePage(registry, index, { wsSends: (code) => code !== 1011 });
    expect(internal).toContain("import websocket from 'websocket-driver';");
    expect(internal).toContain("driver.close('', CloseCode.InternalError);");
    expect(internal).not.toContain("from 'ws'");
    expect(internal).toContain('send it through a WebSocket library that takes any code (not ws, which checks its own list) instead.');
    expect(codePage(registry, index)).toBe(page('codes/1011-internal-error.md').slice(page('codes/1011-internal-error.md').indexOf('# 1011')).trimEnd());
  });

  it('turns IANA references into links: RFC, erratum and URI', () => {
    const internal = page('codes/1011-internal-error.md');
    expect(internal).toContain('[RFC 6455](https://www.rfc-editor.org/rfc/rfc6455), [RFC Errata ID 3227](https://www.rfc-editor.org/errata/eid3227)');
    expect(page('codes/1012-service-restart.md')).toContain('(https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/)');
    expect(page('codes/1014-bad-gateway.md')).toContain('- **Registered:** 2016-10-10\n- **Last updated:** 2025-07-30');
  });

  it('lists every range with its registration rule and the IANA spans inside it', () => {
    const ranges = page('ranges.md');
    expect(ranges).toContain('| [1000-2999](#1000-2999-protocol) | Protocol | Standards Action, Specification Required or IESG Review | only 1000-1003, 1007-1014 | only 1000-1003, 1007-1014 | only 1000 |');
    expect(ranges).toContain('| 1016-2999 | Unassigned |');
    expect(ranges).toContain('| 4000-4999 | Reserved for Private Use |');
  });

  it('marks a pending entry, and only that one', () => {
    const yaml = FIXTURE_TEXT;
    const at = yaml.indexOf('    send:', yaml.indexOf('  - code: 1013\n'));
    const pending = checkRegistryText(`${yaml.slice(0, at)}    pending: true\n${yaml.slice(at)}`).registry!;
    expect(pending.codes.find((c) => c.code === 1013)!.pending).toBe(true);
    const withPending = docs(pending);
    expect(withPending.get('codes/1013-try-again-later.md')).toContain('> **Pending review.**');
    expect(withPending.get('README.md')).toContain('[Try Again Later](codes/1013-try-again-later.md) *(pending review)*');
    expect(withPending.get('README.md')).toContain('One entry is marked *pending review*');
    expect([...withPending.values()].join('').match(/Pending review\./g)).toHaveLength(1);
    expect([...pages.values()].join('')).not.toMatch(/pending review/i);
  });

  it("lays out the registry's troubleshooting guides in its order: meaning, then numbered checks", () => {
    const text = page('troubleshooting.md');
    const at = registry.troubleshooting.map((g) => text.indexOf(`## My socket closed with ${g.code}\n`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const guide of registry.troubleshooting) {
      expect(text).toContain(`\n\n${richInline(guide.meaning)}\n\n### What to check for ${guide.code}\n\n`);
      expect(text).toContain(guide.checks.map((c, i) => `${i + 1}. ${richInline(c)}`).join('\n'));
    }
  });

  it('leaves out a troubleshooting section whose code the registry lacks', () => {
    const without = docs({ ...registry, codes: registry.codes.filter((c) => c.code !== 1009) } as Registry);
    const text = without.get('troubleshooting.md')!;
    expect(text).not.toContain('My socket closed with 1009');
    expect(without.get('README.md')).toContain('my socket closed with 1006, 1005, 1011 or 1008.');
    expect(text).toContain('## My socket closed with 1011');
  });
});

describe('facts', { timeout: 30_000 }, () => {
  it('describes how much of a range a rule covers', () => {
    const spans = [{ from: 1000, to: 1003 }, { from: 1007, to: 1014 }, { from: 3000, to: 4999 }];
    expect(coverage(spans, { from: 0, to: 999 })).toBe('no');
    expect(coverage(spans, { from: 3000, to: 3999 })).toBe('yes');
    expect(coverage(spans, { from: 1000, to: 2999 })).toBe('only 1000-1003, 1007-1014');
    expect(coverage([1, 3, 5, 7, 9].map((n) => ({ from: n, to: n })), { from: 0, to: 10 })).toBe('some codes');
  });

  it('links only references it can link safely', () => {
    expect(referenceLink({ type: 'rfc', data: 'rfc6455' })).toEqual({ text: 'RFC 6455', url: 'https://www.rfc-editor.org/rfc/rfc6455' });
    expect(referenceLink({ type: 'rfc-errata', data: '3227' })).toEqual({ text: 'RFC Errata ID 3227', url: 'https://www.rfc-editor.org/errata/eid3227' });
    expect(referenceLink({ type: 'uri', data: 'javascript:alert(1)' })).toEqual({ text: 'javascript:alert(1)', url: null });
    expect(referenceLink({ type: 'rfc', data: 'rfc6455) [x](y' }).url).toBeNull();
  });
});
