import { ianaOverlapOf, registeredIn, type IanaSpace } from '../overlap.ts';
import { spansOf, warning, type ProtocolRule } from './rule.ts';

// A protocol's code never becomes an IANA code; where it reaches into IANA's space, the catalogue
// flags it (the compiled ianaOverlap is always derived from the registry). The file says so too, and
// these rules warn when its mark is missing or stale. Warnings, not errors: a new IANA registration on
// a protocol's code must not stop sync:iana and the build; it is reported until the file is updated.

function whereInIana(iana: IanaSpace, from: number, to: number): string {
  const registered = registeredIn(iana, { from, to });
  if (registered.length > 0) return `IANA registers ${registered.map((c) => `${c} ${iana.registered.get(c)}`).join(', ')}`;
  return 'IANA keeps 1000-2999 for the WebSocket protocol itself';
}

export const ianaCollision: ProtocolRule = {
  id: 'protocol-iana-collision',
  description: 'a code or range in 1000-2999 or on a code IANA registered is marked ianaOverlap: collision',
  needsWhole: [],
  check(doc, iana) {
    return spansOf(doc).flatMap(({ path, from, to, what, declared }) => {
      if (declared === 'same-meaning') return []; // protocol-iana-same-meaning
      const derived = ianaOverlapOf(iana, { from, to });
      if (derived === 'collision' && declared !== 'collision') {
        return [warning([...path, declared ? 'ianaOverlap' : 'code'], `${what} collides with IANA: ${whereInIana(iana, from, to)}`, 'keep it if the protocol really uses it, and mark it `ianaOverlap: collision` so that readers and describeCloseCode see both meanings')];
      }
      if (declared === 'collision' && derived === null) {
        return [warning([...path, 'ianaOverlap'], `${what} is marked as an IANA collision, but it lies outside IANA's space`, 'remove `ianaOverlap`')];
      }
      return [];
    });
  },
};

export const unregisteredIanaRange: ProtocolRule = {
  id: 'protocol-unregistered-iana-range',
  description: "a code or range elsewhere in IANA's 3000-3999 is marked ianaOverlap: unregistered-range",
  needsWhole: [],
  check(doc, iana) {
    return spansOf(doc).flatMap(({ path, from, to, what, declared }) => {
      if (declared === 'same-meaning') return []; // protocol-iana-same-meaning
      const derived = ianaOverlapOf(iana, { from, to });
      if (derived === 'unregistered-range' && declared !== 'unregistered-range') {
        const stale = declared === 'collision' ? ' (it is marked as a collision, but IANA registers nothing there)' : '';
        return [warning([...path, declared ? 'ianaOverlap' : 'code'], `${what} uses IANA's first-come-first-served range without registering${stale}`, 'mark it `ianaOverlap: unregistered-range`')];
      }
      if (declared === 'unregistered-range' && derived === null) {
        return [warning([...path, 'ianaOverlap'], `${what} is marked as unregistered use of IANA's range, but it lies outside it`, 'remove `ianaOverlap`')];
      }
      return [];
    });
  },
};

export const ianaSameMeaning: ProtocolRule = {
  id: 'protocol-iana-same-meaning',
  description: "a code marked ianaOverlap: same-meaning is one IANA registers",
  needsWhole: [],
  check(doc, iana) {
    return doc.codes.flatMap((c, i) => {
      if (c.ianaOverlap !== 'same-meaning' || iana.registered.has(c.code)) return [];
      const derived = ianaOverlapOf(iana, { from: c.code, to: c.code });
      const mark = derived === null ? 'remove `ianaOverlap`' : `mark it \`ianaOverlap: ${derived}\``;
      return [warning(['codes', i, 'ianaOverlap'], `code ${c.code} is marked as used with IANA's meaning, but IANA registers no code ${c.code}: there is no IANA meaning to share`, `${mark}, and give the protocol's own meaning`)];
    });
  },
};
