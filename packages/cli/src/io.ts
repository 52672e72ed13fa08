// Where a command writes and what it may know of its surroundings: the process's, or a test's.
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Is stdout a terminal? Colour is used only then. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit statuses, as documented in the README. */
export const EXIT = {
  ok: 0,
  /** `check` found the code not accepted; `decode` found the payload invalid. */
  negative: 1,
  /** Bad input: unknown command or option, a missing or malformed argument. */
  usage: 2,
} as const;

/** Bad input from the user: printed as one message with a hint, exit 2, never a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The usage of the command concerned, printed after the message. */
    readonly usage: string,
  ) {
    super(message);
  }
}

/** How much of an argument a message echoes: enough to recognise it, never a screenful. */
const SHOWN_CHARACTERS = 24;

/**
 * An argument as a message quotes it: JSON-quoted (so a newline or a quote in it cannot break the
 * message's one line), and cut to its first characters with its length said when it is long.
 */
export function quote(text: string): string {
  if (text.length <= SHOWN_CHARACTERS + 8) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, SHOWN_CHARACTERS)).slice(0, -1)}..." (${text.length} characters)`;
}
