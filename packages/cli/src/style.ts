// ANSI colour, on only when stdout is a terminal and NO_COLOR is not set (https://no-color.org).
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

/** NO_COLOR counts when it is set to anything but the empty string, as no-color.org says. */
export const useColour = (io: Pick<CliIo, 'isTTY' | 'env'>): boolean => io.isTTY && !io.env.NO_COLOR;

export const styleFor = (io: Pick<CliIo, 'isTTY' | 'env'>): Style => (useColour(io) ? COLOURED : PLAIN);

/** yes/no, green when it is the answer a user hopes for. */
export const yesNo = (style: Style, value: boolean): string => (value ? style.good('yes') : style.bad('no'));
