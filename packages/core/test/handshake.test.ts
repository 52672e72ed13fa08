// @wscodes/core/handshake's data against the version, extension and subprotocol registries.
import { describe, expect, it } from 'vitest';
import { SUPPORTED_VERSION as PROTOCOL_VERSION } from '@wscodes-tools/registry';
import { EXTENSION_INFO, REGISTERED_EXTENSIONS, REGISTERED_SUBPROTOCOLS, REGISTERED_VERSIONS, SUBPROTOCOL_INFO, SUPPORTED_VERSION, VERSION_INFO } from '../src/handshake.ts';
import { ianaRegistry, listedEntries } from './registry.ts';

const versions = ianaRegistry('versions');
const extensions = ianaRegistry('extensions');
const subprotocols = ianaRegistry('subprotocols');
const referencedData = (record: unknown): string[] => [...JSON.stringify(record).matchAll(/"data":"([^"]*)"/g)].map((m) => m[1]!);

describe('versions', () => {
  it('SUPPORTED_VERSION is the version RFC 6455 requires, registered as Standard', () => {
    expect(SUPPORTED_VERSION).toBe(PROTOCOL_VERSION);
    expect(VERSION_INFO.find((v) => v.version === SUPPORTED_VERSION)?.iana.status).toBe('Standard');
  });

  it("REGISTERED_VERSIONS and VERSION_INFO are the versions IANA lists, ascending, with IANA's records verbatim", () => {
    expect(REGISTERED_VERSIONS).toEqual(listedEntries(versions).map((e) => e.value));
    expect(VERSION_INFO.map((v) => v.version)).toEqual(REGISTERED_VERSIONS);
    for (const info of VERSION_INFO) expect(info.iana).toEqual(versions.entries.find((e) => e.value === info.version)!.iana);
    expect([...REGISTERED_VERSIONS].sort((a, b) => a - b)).toEqual(REGISTERED_VERSIONS);
    expect(Object.isFrozen(REGISTERED_VERSIONS) && Object.isFrozen(VERSION_INFO)).toBe(true);
  });
});

describe('extensions', () => {
  it("REGISTERED_EXTENSIONS and EXTENSION_INFO are the names IANA lists, with IANA's records verbatim", () => {
    expect(REGISTERED_EXTENSIONS).toEqual(listedEntries(extensions).map((e) => e.value));
    expect(EXTENSION_INFO.map((e) => e.name)).toEqual(REGISTERED_EXTENSIONS);
    for (const info of EXTENSION_INFO) expect(info.iana).toEqual(extensions.entries.find((e) => e.value === info.name)!.iana);
    expect(Object.isFrozen(REGISTERED_EXTENSIONS)).toBe(true);
  });
});

describe('subprotocols', () => {
  it('REGISTERED_SUBPROTOCOLS is every name IANA lists, in code-unit order (the lookups search it by halves)', () => {
    expect(REGISTERED_SUBPROTOCOLS).toEqual(listedEntries(subprotocols).map((e) => e.value));
    const sorted = [...REGISTERED_SUBPROTOCOLS].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(REGISTERED_SUBPROTOCOLS).toEqual(sorted);
    expect(SUBPROTOCOL_INFO.map((s) => s.name)).toEqual(REGISTERED_SUBPROTOCOLS);
  });

  it("keeps IANA's record verbatim and the curated usage beside it, marked as such", () => {
    for (const info of SUBPROTOCOL_INFO) {
      const entry = subprotocols.entries.find((e) => e.value === info.name)!;
      expect(info.iana, info.name).toEqual(entry.iana);
      expect(info.usage, info.name).toEqual(entry.usage ?? null);
      expect('pending' in info, info.name).toBe(entry.pending);
    }
  });

  it("tells the identifiers meant for WebRTC data channels apart, each by a reference IANA lists for it", () => {
    const webrtc = SUBPROTOCOL_INFO.filter((s) => s.usage?.transports.includes('webrtc-datachannel'));
    expect(webrtc.map((s) => s.name)).toEqual(listedEntries(subprotocols).filter((e) => e.usage?.transports.includes('webrtc-datachannel')).map((e) => e.value));
    for (const info of SUBPROTOCOL_INFO.filter((s) => s.usage !== null)) expect(referencedData(info.iana), info.name).toContain(info.usage!.source);
  });

  it('is frozen all the way down', () => {
    const frozen = (value: unknown): boolean => value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(SUBPROTOCOL_INFO)).toBe(true);
  });
});
