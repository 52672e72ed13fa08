/**
 * Stable JSON: two-space indent and a final newline. Key order is the caller's. Values nested deeper
 * than `inlineFrom` levels are written on one line (a matrix of small records stays readable and small).
 */
export const toJson = (value: unknown, inlineFrom = Infinity): string => `${pretty(value, 0, inlineFrom)}\n`;

function pretty(value: unknown, depth: number, inlineFrom: number): string {
  if (depth >= inlineFrom || value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((v) => pad + pretty(v, depth + 1, inlineFrom)).join(',\n')}\n${close}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${pretty(v, depth + 1, inlineFrom)}`).join(',\n')}\n${close}}`;
}
