// Which rules can run on a document with entries left out (by a shape or syntax error), and which
// need a section whole. A rule that only compares entries that are there (duplicates, wire rules)
// can find nothing false on a partial list; one that asks "is anything missing" can. A rule not
// listed here needs every section whole: the safe default for a rule added later.
export const NEEDS_WHOLE: Readonly<Record<string, readonly string[]>> = {
  'span-bounds': [],
  'ranges-tile-code-space': ['ranges'],
  'iana-ranges-placed': ['ranges'],
  'unique-codes': [],
  'sorted-codes': [],
  'codes-in-registrable-range': ['ranges'],
  // Its range check only looks up the range a code is in: a missing range reports nothing.
  'wire-rules': [],
  'single-line-summary': [],
  'pending-review': [],
  'unique-keys': [],
  'distinct-names': [],
  'unique-contacts': [],
  'known-contacts': ['contacts'],
  'used-contacts': ['contacts', 'codes', 'ianaRanges'],
  'withdrawn-verdicts': ['ranges'],
  'withdrawn-date': ['iana'],
};

/** True when the rule can run although the sections in `incomplete` lack some entries. */
export function canRun(ruleId: string, incomplete: ReadonlySet<string>, sections: readonly string[]): boolean {
  const needs = NEEDS_WHOLE[ruleId] ?? sections;
  return needs.every((section) => !incomplete.has(section));
}
