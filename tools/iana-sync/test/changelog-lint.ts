// The gate a changeset must pass: once `changeset version` copies it into CHANGELOG.md, the docs
// package lints that file with markdownlint-cli2 and its own configuration.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@wscodes-tools/registry';
import { main as markdownlintCli2 } from 'markdownlint-cli2';
import { expect } from 'vitest';

/** The summary as changesets reads it: everything after the front matter, trimmed. */
export const summaryOf = (changeset: string): string => changeset.split(/^---$/m)[2]!.trim();

/**
 * The CHANGELOG.md that `changeset version` writes from this summary, laid out as
 * @changesets/changelog-git (the project's changelog) does: the first line after "- ", the rest
 * indented two spaces.
 */
export function changelogFrom(changeset: string): string {
  const [first, ...rest] = summaryOf(changeset).split('\n').map((l) => l.trimEnd());
  const entry = [`- ${first}`, ...rest.map((l) => (l ? `  ${l}` : ''))].join('\n');
  return `# @wscodes/docs\n\n## 2.0.0\n\n### Major Changes\n\n${entry}\n`;
}

/**
 * markdownlint-cli2 with the docs package's own configuration: the gate CHANGELOG.md must pass. Its
 * main, in-process, on a folder laid out as the command line would find it.
 */
export async function lint(files: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'iana-sync-changeset-lint-'));
  copyFileSync(`${REPO_ROOT}packages/docs/.markdownlint-cli2.jsonc`, join(dir, '.markdownlint-cli2.jsonc'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let output = '';
  const log = (message: string) => (output += `${message}\n`);
  const status = await markdownlintCli2({ directory: dir, argv: [], logMessage: log, logError: log });
  return { ok: status === 0, output };
}

/** What must never reach a changelog: mail addresses (IANA writes & for @), bare URLs, escaped line breaks. */
export async function expectClean(changeset: string): Promise<void> {
  const summary = summaryOf(changeset);
  expect(summary).not.toMatch(/mailto|[\w.-]+[@&][\w-]+\.[a-z]{2,}/i);
  expect(summary).not.toMatch(/(^|[\s(])https?:\/\/(?![^\s]*\))/m); // every URL is a link target
  expect(summary).not.toContain('\\n');
  const result = await lint({ 'CHANGELOG.md': changelogFrom(changeset), 'summary.md': `# A changeset\n\n${summary}\n` });
  expect(result.output, result.output).toMatch(/Summary: 0 error/);
  expect(result.ok).toBe(true);
}
