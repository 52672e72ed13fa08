// The checks that run before a file is parsed (limits.ts), the JSON reader with positions
// (json-source.ts) and calendar dates: each on small texts of its own.
import { describe, expect, it } from 'vitest';
import { checkCompatText, COMPAT_MAX_BYTES, maxBytesFor, checkDocumentText, checkRegistryText, closeCodesSpec, isCalendarDate, limitProblem, MAX_FILE_BYTES, parseCompat, RegistryError } from '@wscodes-tools/registry';
import { jsonDepthPast, offsetPastBytes, yamlDepthPast } from '../src/limits.ts';
import { parseJsonSource } from '../src/json-source.ts';
import { edit, lineColumn, positionOf, REAL_TEXT } from './helpers.ts';

describe('nesting depth, found in one pass without parsing', () => {
  const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' end\n';

  it('counts block mappings by indentation', () => {
    expect(yamlDepthPast(nested(10), 10)).toBeUndefined();
    const deep = nested(11);
    expect(yamlDepthPast(deep, 10)).toBe(deep.indexOf('k10'));
  });

  it('counts each `- ` of a compact list (the text at the end of the path too), and flow brackets', () => {
    expect(yamlDepthPast('- - - x\n', 4)).toBeUndefined();
    expect(yamlDepthPast('- - - x\n', 3)).toBe(6);
    expect(yamlDepthPast('- - - - x\n', 3)).toBe(6);
    expect(yamlDepthPast('a: [[1, {b: [2]}]]\n', 5)).toBeUndefined();
    expect(yamlDepthPast('a: [[1, {b: [2]}]]\n', 4)).toBe('a: [[1, {b: '.length);
  });

  it('ignores brackets in quotes, plain text, comments and block scalars, and lines of a block scalar', () => {
    const text = [
      'a: "[[[[["',
      "b: 'it''s [[[['",
      'c: see [RFC 6455] [[[[',
      'd: x # [[[[[',
      'e: |',
      '  [[[[[',
      '      deeper: [[[[',
      '          deeper still',
      'f: >-',
      '  {{{{{',
      'g: [1, 2]',
      '',
    ].join('\n');
    expect(yamlDepthPast(text, 2)).toBeUndefined();
  });

  it('counts brackets in JSON outside strings only', () => {
    expect(jsonDepthPast('{"a": "[[[[[[", "b": [[1]]}', 3)).toBeUndefined();
    expect(jsonDepthPast('{"a": [[[1]]]}', 3)).toBe('{"a": [['.length);
  });
});

describe('the size limit', () => {
  it('counts UTF-8 bytes, and points at the first character past the limit', () => {
    expect(offsetPastBytes('abc', 3)).toBeUndefined();
    expect(offsetPastBytes('abcd', 3)).toBe(3);
    expect(offsetPastBytes('aé', 3)).toBeUndefined(); // é is 2 bytes
    expect(offsetPastBytes('aéb', 3)).toBe(2);
    expect(offsetPastBytes('😀', 4)).toBeUndefined();
  });

  it('is reported once, at file:line:col, before anything is parsed', () => {
    const text = `a: 1\nb: ${'x'.repeat(20)}\n`;
    expect(limitProblem(text, 'yaml', { maxBytes: 10 })).toMatchObject({ severity: 'error', ...lineColumn(text, 10), message: expect.stringContaining('larger than 10 bytes') });
    expect(limitProblem(text, 'yaml')).toBeUndefined();
  });
});

describe('calendar dates', () => {
  it('accepts real days and IANA month-only dates, refuses impossible ones', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2026-12-31', '2011-12', '2026-04-30']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['2026-13-45', '2026-02-30', '2026-02-29', '1900-02-29', '2026-00-10', '2026-04-31', '2026-13', '2026-01-00']) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('refuses an impossible date in close-codes.yaml at its place, with how to fix it', () => {
    const text = 'iana:\n  updated: "2026-02-30"\n';
    const d = checkRegistryText(text).diagnostics.find((x) => x.path.join('.') === 'iana.updated')!;
    expect(d).toMatchObject({ ...positionOf(text, '"2026-02-30"'), message: 'iana.updated: the text "2026-02-30" is not a date of the calendar', fix: expect.stringContaining('write a real date') });
  });
});

describe('JSON with positions', () => {
  it('reads the same data as JSON.parse, BOM and CRLF included', () => {
    const text = '\uFEFF{\r\n  "a": [1, -2.5e3, true, null, "x\\u00e9\\n"],\r\n  "b": {"c": {}}\r\n}\r\n';
    expect(parseJsonSource(text).data).toEqual(JSON.parse(text.slice(1)));
  });

  it('reports a duplicate key at the second one, and keeps reading', () => {
    const text = '{\n  "a": 1,\n  "a": 2,\n  "b": [}\n';
    const parsed = parseJsonSource(text);
    expect(parsed.yamlErrors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['DUPLICATE_KEY', 3, 3],
      ['JSON_SYNTAX', 4, 9],
    ]);
    expect(parsed.data).toBeUndefined();
  });

  it('reads on past a missing or trailing comma, and answers positions of paths', () => {
    const text = '{\n  "a": {"x": 1,},\n  "b": 2\n  "c": [3, 4,]\n}';
    const parsed = parseJsonSource(text);
    expect(parsed.yamlErrors.map((e) => ({ code: e.code, line: e.line, column: e.column }))).toEqual([
      { code: 'JSON_TRAILING_COMMA', ...positionOf(text, '1,}', ',') },
      { code: 'JSON_MISSING_COMMA', ...positionOf(text, '"c"') },
      { code: 'JSON_TRAILING_COMMA', ...positionOf(text, '4,]', ',') },
    ]);
    expect(parsed.data).toEqual({ a: { x: 1 }, b: 2, c: [3, 4] });
    expect(parsed.positionOf(['c', 1])).toEqual(positionOf(text, '4,]', '4'));
    expect(parsed.positionOf(['a', 'x'], 'key')).toEqual(positionOf(text, '"x"'));
    expect(parsed.positionOf(['a', 'missing'])).toEqual(positionOf(text, '{"x"', '{'));
  });
});

describe('compat.json through the engine', () => {
  const VALID = '{\n  "peers": {\n    "p-server": { "implementation": "P", "version": "1", "language": "Go", "role": "server", "runner": "go" }\n  },\n  "results": {\n    "p-server": {\n      "v-1": { "verdict": "conforms", "observed": { "reply": { "frame": "none" } } }\n    }\n  }\n}\n';

  it('accepts a valid matrix and freezes it', () => {
    const { result, diagnostics } = checkCompatText(VALID);
    expect(diagnostics).toEqual([]);
    expect(Object.isFrozen(result?.results['p-server'])).toBe(true);
  });

  it('refuses a duplicate key that JSON.parse would silently resolve, naming file:line:col', () => {
    const text = edit(VALID, '"v-1": {', '"v-1": { "verdict": "violates-must", "observed": { "reply": { "frame": "none" } }, "clause": "X" },\n      "v-1": {');
    const at = lineColumn(text, text.lastIndexOf('"v-1"'));
    expect(() => parseCompat(text, 'registry/compat.json')).toThrow(RegistryError);
    expect(() => parseCompat(text, 'registry/compat.json')).toThrow(`registry/compat.json:${at.line}:${at.column}  JSON: the key "v-1" appears twice in the same object`);
  });

  it('warns of a peer without results', () => {
    const text = edit(VALID, '"runner": "go" }\n', '"runner": "go" },\n    "q-client": { "implementation": "Q", "version": "1", "language": "Go", "role": "client", "runner": "go" }\n');
    expect(checkCompatText(text).diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ...positionOf(text, '{ "implementation": "Q"'), message: 'peer q-client has no results' })]);
  });

  describe('what a library reported to its application', () => {
    const withReport = (reported: string, verdict = '"agrees"') => edit(VALID, '"observed": { "reply": { "frame": "none" } } }', `"observed": { "reply": { "frame": "none" }, "reported": ${reported} }, "reportedVerdict": ${verdict} }`);

    it('takes a raw code (0 included) or null, a reason or null, judged agrees or differs', () => {
      for (const text of [withReport('{ "code": 1006, "reason": "" }'), withReport('{ "code": 0, "reason": null }', '"differs"'), withReport('{ "code": null, "reason": null }', '"differs"')]) {
        expect(checkCompatText(text).diagnostics).toEqual([]);
      }
      expect(checkCompatText(withReport('{ "code": 1006, "reason": "" }')).result?.results['p-server']?.['v-1']?.reportedVerdict).toBe('agrees');
    });

    it('refuses a report without both members, a code that is no integer, and another verdict word', () => {
      for (const [reported, verdict] of [['{ "code": 1006 }', '"agrees"'], ['{ "code": "1006", "reason": "" }', '"agrees"'], ['{ "code": 1.5, "reason": "" }', '"agrees"'], ['{ "code": 1006, "reason": "" }', '"conforms"']] as const) {
        expect(checkCompatText(withReport(reported, verdict)).result, `${reported} ${verdict}`).toBeUndefined();
      }
    });

    it('refuses a reportedVerdict with no report to judge, at its position', () => {
      const text = edit(VALID, '"observed": { "reply": { "frame": "none" } } }', '"observed": { "reply": { "frame": "none" } }, "reportedVerdict": "differs" }');
      expect(checkCompatText(text).diagnostics).toEqual([
        expect.objectContaining({ severity: 'error', ...positionOf(text, '"differs"'), message: 'p-server v-1: a reportedVerdict with no observed.reported to judge' }),
      ]);
    });

    it('refuses a close event and a reported close on one result, at the reported one', () => {
      const text = edit(VALID, '"observed": { "reply": { "frame": "none" } } }', '"observed": { "reply": { "frame": "none" }, "closeEvent": null, "reported": { "code": 1006, "reason": "" } } }');
      expect(checkCompatText(text).diagnostics).toEqual([
        expect.objectContaining({ severity: 'error', ...positionOf(text, '{ "code": 1006'), message: 'p-server v-1: both a closeEvent and a reported close' }),
      ]);
    });
  });
});

describe("a spec's own limits", () => {
  it('replace the defaults for that spec only: lower refuses, higher lets a large file through to the rules', () => {
    const small = checkDocumentText(REAL_TEXT, { ...closeCodesSpec(), limits: { maxBytes: 1024 } });
    expect(small.diagnostics).toMatchObject([{ message: expect.stringContaining('the file is larger than 1024 bytes') }]);
    expect(checkDocumentText(REAL_TEXT, closeCodesSpec()).result).toBeDefined();
    // Past the default limit by padding with a comment: refused by default, checked in full with the limit lifted.
    const large = REAL_TEXT + `# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    expect(checkDocumentText(large, closeCodesSpec()).result).toBeUndefined();
    expect(checkDocumentText(large, { ...closeCodesSpec(), limits: { maxBytes: Number.POSITIVE_INFINITY } }).result).toBeDefined();
  });
});

describe('compat.json, recorded data', () => {
  // Padding with spaces: JSON whitespace, so only the size changes.
  const compatOf = (bytes: number) => {
    const text = '{"peers": {}, "results": {}}\n';
    return text.replace('}\n', `${' '.repeat(bytes - text.length)}}\n`);
  };

  it('has a limit of its own, above the 1 MiB of a hand-written file, and is still refused past it', () => {
    expect(maxBytesFor('compat.json')).toBe(COMPAT_MAX_BYTES);
    expect(maxBytesFor('close-codes.yaml')).toBe(MAX_FILE_BYTES);
    expect(COMPAT_MAX_BYTES).toBeGreaterThan(MAX_FILE_BYTES);
    expect(checkCompatText(compatOf(MAX_FILE_BYTES + 1024)).diagnostics).toEqual([]);
    expect(checkCompatText(compatOf(COMPAT_MAX_BYTES + 1024)).diagnostics).toMatchObject([{ message: expect.stringContaining('the file is larger than') }]);
  });
});
