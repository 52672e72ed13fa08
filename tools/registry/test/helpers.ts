// Shared by the registry tests: the tests' own registry text, exact-once edits, and the position of a
// snippet in edited text, so that expected line:column values are computed, never hard-coded.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkRegistryText, formatDiagnostic, REGISTRY_FILE, type Diagnostic } from '@wscodes-tools/registry';

/**
 * A full registry kept beside the tests (fixtures/close-codes.yaml, a frozen copy of a past IANA
 * revision); every malformed case is an edit of it. It is not registry/close-codes.yaml, so that an
 * IANA update of the real registry changes no expected code, key, count or position here.
 */
export const REAL_TEXT = readFileSync(new URL('./fixtures/close-codes.yaml', import.meta.url), 'utf8');

/** Replaces `from` with `to`, insisting that `from` occurs exactly once, so an edit cannot silently miss. */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`edit: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`edit: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** Offset of the one occurrence of `snippet`, optionally of `focus` inside it. */
export function offsetOf(text: string, snippet: string, focus: string = snippet): number {
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`offsetOf: ${JSON.stringify(snippet)} not found`);
  if (text.indexOf(snippet, at + 1) >= 0) throw new Error(`offsetOf: ${JSON.stringify(snippet)} occurs more than once`);
  const inner = snippet.indexOf(focus);
  if (inner < 0) throw new Error(`offsetOf: ${JSON.stringify(focus)} is not part of ${JSON.stringify(snippet)}`);
  return at + inner;
}

/** 1-based line and column of an offset, counted the way an editor shows them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Where `focus` (default: the whole snippet) starts, for a snippet that occurs once in text. */
export const positionOf = (text: string, snippet: string, focus?: string) => lineColumn(text, offsetOf(text, snippet, focus));

export interface Expected {
  readonly severity?: 'error' | 'warning';
  readonly message: string | RegExp;
  readonly line: number;
  readonly column: number;
  readonly fix?: string | RegExp;
  readonly path?: readonly (string | number)[];
}

/** Runs the checker and asserts the exact list of diagnostics (all of them, in order). */
export function expectDiagnostics(text: string, expected: readonly Expected[], loads = false): readonly Diagnostic[] {
  const result = checkRegistryText(text);
  const shown = result.diagnostics.map((d) => formatDiagnostic(REGISTRY_FILE, d)).join('\n');
  expect(result.diagnostics, `diagnostics were:\n${shown}`).toHaveLength(expected.length);
  expected.forEach((want, i) => {
    const got = result.diagnostics[i]!;
    expect(got.severity, shown).toBe(want.severity ?? 'error');
    if (typeof want.message === 'string') expect(got.message, shown).toBe(want.message);
    else expect(got.message, shown).toMatch(want.message);
    expect({ line: got.line, column: got.column }, `position of: ${got.message}`).toEqual({ line: want.line, column: want.column });
    if (want.fix !== undefined) {
      if (typeof want.fix === 'string') expect(got.fix).toBe(want.fix);
      else expect(got.fix).toMatch(want.fix);
    }
    if (want.path) expect(got.path).toEqual(want.path);
    // Every diagnostic tells the reader how to fix it.
    expect(got.fix.length).toBeGreaterThan(5);
    const tag = got.severity === 'warning' ? 'warning: ' : '';
    expect(formatDiagnostic(REGISTRY_FILE, got)).toBe(`${REGISTRY_FILE}:${want.line}:${want.column}  ${tag}${got.message}  (${got.fix})`);
  });
  expect(result.registry !== undefined, shown).toBe(loads);
  return result.diagnostics;
}

/** A new code entry in the registry's own layout, for tests that add one. */
export function codeEntryYaml(code: number, key: string, name: string, extra: Partial<Record<'send' | 'receive', boolean>> = {}): string {
  return [
    `  - code: ${code}`,
    `    key: ${key}`,
    `    name: ${name}`,
    '    summary: One line.',
    `    send: ${extra.send ?? true}`,
    `    receive: ${extra.receive ?? true}`,
    '    reconnect:',
    '      policy: depends',
    '      source: practice',
    '      advice: Some advice.',
    '    classify:',
    '      outcome: failure',
    '      logLevel: warn',
    '      likelySide: unknown',
    '      cause: something went wrong',
    '    details: Some details.',
    '',
  ].join('\n');
}

/** A fresh copy of the tests' small registry folder (fixtures/folder/) under `scratch`, its close-codes.yaml being small.yaml. */
export function copySmallFolder(scratch: string, name: string): string {
  const dir = join(scratch, name);
  cpSync(new URL('./fixtures/folder/', import.meta.url), dir, { recursive: true });
  rmSync(join(dir, 'README.md'));
  writeFileSync(join(dir, 'close-codes.yaml'), readFileSync(new URL('./fixtures/small.yaml', import.meta.url), 'utf8'));
  return dir;
}
