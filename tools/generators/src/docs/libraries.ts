// What the libraries the docs' examples name accept, as their own code checks it. These are facts
// about the libraries, not the registry: ws keeps its own list of close codes and throws on any
// other, even one IANA has registered since. tools/generators/test/examples.test.ts checks this
// list against the installed ws, and runs every generated example against the library it names.

/**
 * Does ws 8's `close(code)` (and its Sender) accept this code? ws's lib/validation.js
 * isValidStatusCode: 1000-1014 but 1004-1006, and 3000-4999.
 */
export const wsSendsCode = (code: number): boolean =>
  (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) || (code >= 3000 && code <= 4999);

/** The libraries the examples may send a close code through; injectable so that a test can try every route. */
export interface ExampleLibraries {
  readonly wsSends: (code: number) => boolean;
}

export const LIBRARIES: ExampleLibraries = Object.freeze({ wsSends: wsSendsCode });
