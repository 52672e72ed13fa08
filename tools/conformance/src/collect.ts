import { spawn } from 'node:child_process';
import { observation, peerKey, type Observation } from '@wscodes-tools/registry';
import { z } from 'zod';
import type { RunnerDefinition } from './runners.ts';

// Runs one runner and reads its JSON lines (PROTOCOL.md). A runner that cannot work, or that prints
// a line outside the protocol, is an error that names the runner and the line.

const peerLine = z.strictObject({
  type: z.literal('peer'),
  peer: peerKey,
  implementation: z.string().min(1),
  version: z.string().min(1),
  language: z.string().min(1),
  role: z.enum(['server', 'client', 'browser']),
});

const resultLine = z.strictObject({
  type: z.literal('result'),
  peer: peerKey,
  id: z.string().min(1),
  observed: observation,
});

export type PeerLine = z.output<typeof peerLine>;

export interface RunnerOutput {
  readonly peers: readonly PeerLine[];
  readonly results: readonly { peer: string; id: string; observed: Observation }[];
  readonly seconds: number;
}

export class RunnerError extends Error {}

const FIX_THE_RUNNER = 'fix the runner to print only the JSON lines of tools/conformance/PROTOCOL.md on stdout (progress goes to stderr)';

/** Runs the runner from the repository root; resolves with its peers and results. */
export async function collect(runner: RunnerDefinition, root: string, fixturesDir: string, only?: string): Promise<RunnerOutput> {
  const started = performance.now();
  const [command, ...args] = runner.command;
  const child = spawn(command!, [...args, '--fixtures', fixturesDir, ...(only ? ['--only', only] : [])], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | string>((resolve) => {
    child.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ENOENT' ? `${command} is not installed` : error.message));
    child.on('close', (code, signal) => resolve(code ?? `killed by ${signal}`));
  });
  if (status !== 0) {
    const tail = stderr.trim().split('\n').slice(-4).join('\n    ');
    throw new RunnerError(
      `the ${runner.key} runner failed (${typeof status === 'number' ? `exit ${status}` : status}); install what it needs (${runner.install}), then run it alone: npm run conformance -- --runner ${runner.key}\n    ${tail}`,
    );
  }
  const peers: PeerLine[] = [];
  const results: RunnerOutput['results'][number][] = [];
  stdout.split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new RunnerError(`the ${runner.key} runner printed a line that is not JSON (stdout line ${i + 1}): ${text.slice(0, 120)}; ${FIX_THE_RUNNER}`);
    }
    // Parsed by its type, so that an error points at the bad member rather than at the whole line.
    const parsed = ((data as { type?: unknown } | null)?.type === 'peer' ? peerLine : resultLine).safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RunnerError(`the ${runner.key} runner printed a line outside PROTOCOL.md (stdout line ${i + 1}: ${issue?.path.join('.') || '(line)'}: ${issue?.message}): ${text.slice(0, 120)}; ${FIX_THE_RUNNER}`);
    }
    if (parsed.data.type === 'peer') peers.push(parsed.data);
    else results.push({ peer: parsed.data.peer, id: parsed.data.id, observed: parsed.data.observed });
  });
  return { peers, results, seconds: (performance.now() - started) / 1000 };
}
