// Runs one command of the maintainer loop asynchronously, its whole output kept in a log file,
// with a heartbeat line while it runs: a long `npm test` under load is never a silent minute.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export interface ChildOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Where the command's stdout and stderr go, as they arrive. */
  readonly logFile: string;
  /** Prints one progress line. */
  readonly say: (line: string) => void;
  /** Names the step in the heartbeat: "07-synthetic-add". */
  readonly label: string;
  /** Milliseconds between heartbeats (the loop promises one at least every 30 s). */
  readonly every?: number;
  /** Hears the output as it arrives (stdout and stderr). */
  readonly onOutput?: (output: string) => void;
}

export interface ChildResult {
  /** The exit status, or null when a signal ended the command. */
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  /** stdout and stderr, interleaved as they arrived. */
  readonly output: string;
  readonly seconds: number;
}

export const HEARTBEAT_MS = 20_000;

/** The last line of output worth showing in a heartbeat, shortened. */
export function lastLine(output: string, width = 100): string {
  const lines = stripVTControlCharacters(output)
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines.at(-1) ?? '';
  return last.length > width ? `${last.slice(0, width - 1)}…` : last;
}

export function runChild(command: string, args: readonly string[], options: ChildOptions): Promise<ChildResult> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const shown = `${command} ${args.join(' ')}`;
  return new Promise((resolve) => {
    const log = createWriteStream(options.logFile);
    let stdout = '';
    let output = '';
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer, isStdout: boolean) => {
      const text = chunk.toString('utf8');
      if (isStdout) stdout += text;
      output += text;
      log.write(chunk);
      options.onOutput?.(output);
    };
    child.stdout.on('data', (chunk: Buffer) => keep(chunk, true));
    child.stderr.on('data', (chunk: Buffer) => keep(chunk, false));
    const heartbeat = setInterval(() => {
      const last = lastLine(output);
      options.say(`${options.label}: still running \`${shown}\` (${elapsed().toFixed(0)} s)${last ? `; last output: ${last}` : ''}`);
    }, options.every ?? HEARTBEAT_MS);
    let finished = false;
    // A command that cannot start emits 'error' and then 'close': the first one counts.
    const finish = (status: number | null, signal: NodeJS.Signals | null, extra = '') => {
      if (finished) return;
      finished = true;
      clearInterval(heartbeat);
      output += extra;
      log.end(extra, () => resolve({ status, signal, stdout, output, seconds: elapsed() }));
    };
    child.on('error', (error) => finish(null, null, `\ncould not start ${command}: ${error.message}\n`));
    child.on('close', (status, signal) => finish(status, signal));
  });
}
