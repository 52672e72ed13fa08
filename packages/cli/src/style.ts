// ANSI colour: the one place that decides whether to use it, by the rule Node and most CLIs follow.
import type { CliIo } from './io.ts';

export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly good: (text: string) => string;
  readonly bad: (text: string) => string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string): string => text;

export const COLOURED: Style = { bold: sgr(1, 22), dim: sgr(2, 22), good: sgr(32, 39), bad: sgr(31, 39) };
export const PLAIN: Style = { bold: plain, dim: plain, good: plain, bad: plain };

/**
 * Colour or not, in this order (as Node's own tty.getColorDepth decides):
 * 1. FORCE_COLOR, when set: '', '1', '2', '3' or 'true' force colour even off a terminal; any other
 *    value ('0', 'false') turns it off.
 * 2. NO_COLOR set to anything but '' turns it off (https://no-color.org: an empty one does not count).
 * 3. TERM=dumb turns it off: such a terminal shows escapes as text.
 * 4. Otherwise colour only when stdout is a terminal.
 */
export function useColour(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  const { FORCE_COLOR: force, NO_COLOR: noColour, TERM: term } = io.env;
  if (force !== undefined) return FORCING.has(force);
  if (noColour) return false;
  if (term === 'dumb') return false;
  return io.isTTY;
}

const FORCING: ReadonlySet<string> = new Set(['', '1', '2', '3', 'true']);

export const styleFor = (io: Pick<CliIo, 'isTTY' | 'env'>): Style => (useColour(io) ? COLOURED : PLAIN);

/** yes/no, green when it is the answer a user hopes for. */
export const yesNo = (style: Style, value: boolean): string => (value ? style.good('yes') : style.bad('no'));
