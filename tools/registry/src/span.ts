/** An inclusive span of values: close codes, opcodes, versions. Basic: this file imports nothing. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Reads IANA's "FROM-TO" notation. The zod shape has already checked the digits. */
export function parseSpan(text: string): Span {
  const [from, to] = text.split('-').map(Number) as [number, number];
  return { from, to };
}

export const formatSpan = (s: Span): string => `${s.from}-${s.to}`;

export const spanContains = (s: Span, code: number): boolean => code >= s.from && code <= s.to;

export const spansOverlap = (a: Span, b: Span): boolean => a.from <= b.to && b.from <= a.to;
