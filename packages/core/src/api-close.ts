/**
 * Does the WebSocket API's `close(code)` accept this code? WHATWG: the integer 1000, or an integer
 * in 3000-4999; anything else throws an InvalidAccessError.
 *
 * The IDL argument is `[Clamp] unsigned short`, so a browser rounds a fraction such as 1000.4 to 1000
 * before this check. This function answers for the value as given: a non-integer is false.
 */
export function isValidApiCloseCode(code: number): boolean {
  return code === 1000 || (typeof code === 'number' && code >= 3000 && code <= 4999 && Math.floor(code) === code);
}
