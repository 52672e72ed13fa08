import type { Span } from '../span.ts';
import type { CloseCodeRegistry } from '../types.ts';
import type { IanaOverlap } from './schema.ts';

/**
 * What the close-code registry says a protocol may not take for itself: the span IANA assigns by
 * Standards Action (the `protocol` range), the span it registers first come first served (`iana`),
 * and every code it registers. Derived from the close-code registry, so a new registration is seen at once.
 */
export interface IanaSpace {
  readonly protocolSpans: readonly Span[];
  readonly registrableSpans: readonly Span[];
  /** Registered codes (not withdrawn), with IANA's name for each. */
  readonly registered: ReadonlyMap<number, string>;
}

export function ianaSpaceOf(registry: Pick<CloseCodeRegistry, 'ranges' | 'codes'>): IanaSpace {
  return {
    protocolSpans: registry.ranges.filter((r) => r.kind === 'protocol').map(({ from, to }) => ({ from, to })),
    registrableSpans: registry.ranges.filter((r) => r.kind === 'iana').map(({ from, to }) => ({ from, to })),
    registered: new Map(registry.codes.filter((c) => c.withdrawn === undefined).map((c) => [c.code, c.name])),
  };
}

const overlaps = (a: Span, b: Span) => a.from <= b.to && b.from <= a.to;

/** The registered codes inside a span, in order. */
export const registeredIn = (space: IanaSpace, span: Span): number[] =>
  [...space.registered.keys()].filter((code) => code >= span.from && code <= span.to).sort((a, b) => a - b);

/**
 * How a protocol's code or range reaches into IANA's space: a collision when it touches the protocol
 * range or a registered code; unregistered use when it lies elsewhere in the registrable range; null otherwise.
 */
export function ianaOverlapOf(space: IanaSpace, span: Span): IanaOverlap | null {
  if (space.protocolSpans.some((s) => overlaps(s, span)) || registeredIn(space, span).length > 0) return 'collision';
  if (space.registrableSpans.some((s) => overlaps(s, span))) return 'unregistered-range';
  return null;
}
