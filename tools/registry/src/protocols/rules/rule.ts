import type { Rule } from '../../spec.ts';
import type { IanaSpace } from '../overlap.ts';
import type { ProtocolDocument } from '../schema.ts';

export { error, warning, type Finding } from '../../spec.ts';

/** One check over a shape-valid protocol file; `ctx` is the close-code registry's IANA space. Pure. */
export type ProtocolRule = Rule<ProtocolDocument, IanaSpace>;

/** Every code and range of a document, with its path and the words that name it in a message. */
export function spansOf(doc: ProtocolDocument): { path: (string | number)[]; from: number; to: number; what: string; declared: ProtocolDocument['codes'][number]['ianaOverlap'] }[] {
  return [
    ...(doc.ranges ?? []).map((r, i) => {
      const [from, to] = r.range.split('-').map(Number) as [number, number];
      return { path: ['ranges', i], from, to, what: `range ${r.range}`, declared: r.ianaOverlap };
    }),
    ...doc.codes.map((c, i) => ({ path: ['codes', i], from: c.code, to: c.code, what: `code ${c.code}`, declared: c.ianaOverlap })),
  ];
}
