/** The 16-bit code space a Close frame can carry. */
export const MAX_CODE = 0xffff;

/**
 * The codes a predicate allows, written as runs: "1000-1003, 1007-1014 or 3000-4999".
 * Used only to build error messages, so it scans the whole code space once and keeps the text;
 * the text then follows the generated predicates when the registry changes.
 */
export function describeAllowedCodes(allows: (code: number) => boolean): string {
  const runs: string[] = [];
  let start = -1;
  for (let code = 0; code <= MAX_CODE + 1; code++) {
    const allowed = code <= MAX_CODE && allows(code);
    if (allowed && start < 0) start = code;
    if (!allowed && start >= 0) {
      runs.push(start === code - 1 ? `${start}` : `${start}-${code - 1}`);
      start = -1;
    }
  }
  if (runs.length <= 1) return runs[0] ?? 'none';
  return `${runs.slice(0, -1).join(', ')} or ${runs[runs.length - 1]}`;
}
