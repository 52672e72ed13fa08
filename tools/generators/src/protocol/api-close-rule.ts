import type { Run } from './runs.ts';

/**
 * The codes the WebSocket API's close() accepts: 1000, or 3000-4999. Anything else throws an
 * InvalidAccessError (WHATWG WebSockets, close() steps). A fact of the API, not of the registry,
 * so it is derived here rather than stored.
 */
export const API_CLOSE_RUNS: readonly Run[] = Object.freeze([
  Object.freeze({ from: 1000, to: 1000 }),
  Object.freeze({ from: 3000, to: 4999 }),
]);

export const isApiCloseCode = (code: number): boolean => API_CLOSE_RUNS.some((r) => code >= r.from && code <= r.to);
