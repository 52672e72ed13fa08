import fc from 'fast-check';

/**
 * Any Unicode scalar value (every code point but the surrogates), the same set as fast-check's
 * string unit 'binary' without its cost: 'binary' builds a table of all 1.1 million code points on
 * first use, about 2 s per test worker.
 */
export const scalarValue = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((n) => String.fromCodePoint(n < 0xd800 ? n : n + 0x800));
