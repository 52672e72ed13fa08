// The protocol catalogue's data file for @wscodes/core/protocols, on the small catalogue of test/protocol-catalogue.ts.
import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../../test/registry.ts';
import { registryWithCatalogue } from '../../test/protocol-catalogue.ts';
import { CORE_PROTOCOLS_FILE, generateProtocolCatalogue } from './protocol-catalogue.ts';

const registry = registryWithCatalogue();

describe('generateProtocolCatalogue', () => {
  it("writes core's data file with every protocol, and an empty list when the registry has no catalogue", () => {
    const file = generateProtocolCatalogue(registry);
    expect(file.path).toBe(CORE_PROTOCOLS_FILE);
    expect(file.contents).toMatch(/^\/\/ Generated from registry\/close-codes\.yaml by tools\/generators\/src\/core\/, with the catalogue in registry\/protocols\/\. Do not edit/);
    expect(file.contents).toContain('id: "alpha"');
    expect(file.contents).toContain('id: "beta"');
    expect(file.contents).toContain('carriedIn: "protocol-message"');
    expect(file.contents).toContain('token: "NET-0001"');
    expect(file.contents).toContain('id: "gamma-server"');
    expect(generateProtocolCatalogue(fixtureRegistry()).contents).toContain('PROTOCOLS: readonly ProtocolRecord[] = /* @__PURE__ */ freeze([])');
  });
});
