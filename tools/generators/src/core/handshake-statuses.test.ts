// The handshake-status data module for @wscodes/core/http-status, on the small table of test/handshake-statuses.ts.
import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../../test/registry.ts';
import { registryWithStatuses } from '../../test/handshake-statuses.ts';
import { generateCore } from './generate-core.ts';
import { CORE_HANDSHAKE_STATUSES_FILE, generateHandshakeStatuses } from './handshake-statuses.ts';

describe('generateHandshakeStatuses', () => {
  it("writes core's data module, statuses and classes sorted, each source resolved, banner naming the table's file", () => {
    const file = generateHandshakeStatuses(registryWithStatuses())!;
    expect(file.path).toBe(CORE_HANDSHAKE_STATUSES_FILE);
    expect(file.contents).toMatch(/^\/\/ Generated from registry\/handshake-statuses\.yaml by tools\/generators\/src\/core\/\. Do not edit/);
    expect(file.contents.indexOf('status: 401')).toBeLessThan(file.contents.indexOf('status: 503'));
    expect(file.contents).toContain('class: 4');
    expect(file.contents).toContain('url: "https://www.rfc-editor.org/rfc/rfc9110"');
    expect(file.contents).toContain('section: "10.2.3"');
    expect(file.contents).toMatch(/HANDSHAKE_STATUSES: readonly HandshakeStatusRecord\[\] = \/\* @__PURE__ \*\/ freeze\(/);
  });

  it('writes nothing for a registry folder without the table, and generateCore leaves it out', () => {
    expect(generateHandshakeStatuses(fixtureRegistry())).toBeUndefined();
    expect(generateCore(fixtureRegistry()).map((f) => f.path)).not.toContain(CORE_HANDSHAKE_STATUSES_FILE);
    expect(generateCore(registryWithStatuses()).map((f) => f.path)).toContain(CORE_HANDSHAKE_STATUSES_FILE);
  });
});
