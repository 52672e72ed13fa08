// The logic of the weekly IANA watch (.github/workflows/watch-iana.yml): sync the registry with
// IANA's file and, when anything changed, write what a pull request needs (branch, title, body).
// The workflow only runs this, then builds, commits and opens the pull request.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runSync, type SyncIo } from './sync.ts';

export interface WatchOptions {
  readonly from: string;
  readonly registryFile: string;
  readonly registryLabel: string;
  readonly changesetDir: string;
  /** Where branch.txt, title.txt and body.md go. */
  readonly outDir: string;
  /** GitHub Actions' step output file ($GITHUB_OUTPUT), when run there. */
  readonly githubOutput?: string;
  readonly timeoutMs?: number;
}

export type WatchResult =
  | { readonly changed: false; readonly upstreamUpdated: string }
  | { readonly changed: true; readonly branch: string; readonly title: string; readonly body: string; readonly files: readonly string[] };

/** The names of the files written to outDir when something changed. */
export const WATCH_FILES = { branch: 'branch.txt', title: 'title.txt', body: 'body.md' } as const;

/** Runs the sync (it writes the registry and the changeset) and prepares the pull request. Throws SyncError. */
export async function runWatch(options: WatchOptions, io: Pick<SyncIo, 'stderr'>): Promise<WatchResult> {
  let report = '';
  const result = await runSync(
    {
      from: options.from,
      registryFile: options.registryFile,
      registryLabel: options.registryLabel,
      changesetDir: options.changesetDir,
      mode: 'apply',
      json: false,
      timeoutMs: options.timeoutMs,
    },
    { stdout: (text) => (report += text), stderr: io.stderr },
  );
  const updated = result.upstreamUpdated;
  if (result.written.length === 0) {
    io.stderr(`in sync with IANA's registries of ${updated}: no pull request`);
    await githubOutputs(options.githubOutput, { changed: 'false' });
    return { changed: false, upstreamUpdated: updated };
  }

  const changesets = await Promise.all(result.written.filter((f) => f.endsWith('.md')).map((f) => readFile(f, 'utf8')));
  const branch = `iana-sync/${updated}`;
  const title = `Sync with IANA's WebSocket registries of ${updated}`;
  const body = pullRequestBody(report, changesets);
  await mkdir(options.outDir, { recursive: true });
  const files = {
    branch: join(options.outDir, WATCH_FILES.branch),
    title: join(options.outDir, WATCH_FILES.title),
    body: join(options.outDir, WATCH_FILES.body),
  };
  await writeFile(files.branch, `${branch}\n`);
  await writeFile(files.title, `${title}\n`);
  await writeFile(files.body, body);
  await githubOutputs(options.githubOutput, { changed: 'true', branch, title, 'body-file': files.body });
  io.stderr(`IANA changed: wrote ${files.branch}, ${files.title} and ${files.body} for the pull request`);
  return { changed: true, branch, title, body, files: result.written };
}

/** The pull request's description: the report as the sync printed it, then the changeset. */
export function pullRequestBody(report: string, changesets: readonly string[]): string {
  const fence = longestBacktickRun(report) >= 3 ? '`'.repeat(longestBacktickRun(report) + 1) : '```';
  return [
    "IANA's WebSocket registries changed. This pull request was opened by the weekly IANA watch",
    '(`npm run watch:iana`). Before merging: write the curated text of every entry marked `pending: true`,',
    'run `npm run build`, and review the changeset.',
    '',
    '## Sync report',
    '',
    `${fence}text`,
    report.trimEnd(),
    fence,
    '',
    '## Changeset',
    '',
    ...changesets.map((text) => `${fence}markdown\n${text.trimEnd()}\n${fence}`),
    '',
  ].join('\n');
}

const longestBacktickRun = (text: string) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));

/** Appends name=value lines to $GITHUB_OUTPUT; values are single lines. */
async function githubOutputs(file: string | undefined, values: Readonly<Record<string, string>>): Promise<void> {
  if (!file) return;
  await appendFile(file, Object.entries(values).map(([name, value]) => `${name}=${value.replace(/[\r\n]+/g, ' ')}\n`).join(''));
}
