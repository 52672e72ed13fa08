// Runs a command and turns a failure into a ReleaseError with a message a person can act on.
import { spawnSync } from 'node:child_process';

/** An expected failure: the CLIs print its message (no stack trace) and exit 1. */
export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

/** npm settings that keep its output quiet and never reach for the network on our behalf. */
export const QUIET_NPM_ENV = {
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_loglevel: 'error',
} as const;

export interface RunOptions {
  readonly cwd: string;
  /** Says what the command is for, in the error message. */
  readonly what: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Stream the command's output to this process instead of capturing it (for long steps). */
  readonly inherit?: boolean;
}

/** Runs `command args`, returns its stdout, throws ReleaseError when it fails. */
export function run(command: string, args: readonly string[], options: RunOptions): string {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...QUIET_NPM_ENV, ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) {
    throw new ReleaseError(`${options.what}: could not start \`${command}\`: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const output = options.inherit ? '' : `\n${indent(tail(`${result.stderr}\n${result.stdout}`.trim(), 40))}`;
    throw new ReleaseError(
      `${options.what} failed (exit ${result.status ?? result.signal}): ${command} ${args.join(' ')}\n  in ${options.cwd}${output}`,
    );
  }
  return result.stdout ?? '';
}

export const indent = (text: string, prefix = '    '): string =>
  text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

function tail(text: string, lines: number): string {
  const all = text.split('\n').filter((line) => !line.includes('Unknown user config'));
  return all.length > lines ? ['…', ...all.slice(-lines)].join('\n') : all.join('\n');
}

/** Milliseconds since `start`, as seconds with one decimal, for progress lines. */
export const seconds = (start: number): string => `${((performance.now() - start) / 1000).toFixed(1)} s`;
