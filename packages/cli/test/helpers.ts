import { main, type CliIo } from '../src/main.ts';

export interface Run {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `wscodes ...argv` in-process; not a terminal and no NO_COLOR unless given. */
export function wscodes(argv: readonly string[], io: Partial<Pick<CliIo, 'isTTY' | 'env'>> = {}): Run {
  let out = '';
  let err = '';
  const status = main(argv, { out: (t) => (out += t), err: (t) => (err += t), isTTY: io.isTTY ?? false, env: io.env ?? {} });
  return { status, out, err };
}

export const json = (run: Run): unknown => JSON.parse(run.out);

export const ANSI = /\u001b\[/;
