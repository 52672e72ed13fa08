import { REQUIREMENTS } from './requirements.ts';
import type { Clause } from './shapes.ts';

// The rules that hold whatever outcome a peer takes, as the vectors carry them (`clauses`): a judge
// checks each one beside the outcome, so that no judge needs a rule the vector does not state.

export const CLAUSES = {
  /** A WHATWG client's close event follows the outcome it took: on every vector such a client receives. */
  closeEvent: { check: 'close-event', requirement: REQUIREMENTS.closeEvent },
  /** A server's 101 names only a token the client offered (§4.2.2 /subprotocol/): on every server handshake vector. */
  subprotocolOffered: { check: 'subprotocol-offered', requirement: REQUIREMENTS.subprotocolNotAgreed },
  /** A refusal of the version lists the versions the server understands (§4.2.2 /version/): where an outcome lists them. */
  versionsListed: { check: 'versions-listed', requirement: REQUIREMENTS.unsupportedVersion },
} as const satisfies Record<string, Clause>;

/** The clauses of a server handshake vector whose allowed outcomes are these (the model's or the loader's readonly ones). */
export function serverHandshakeClauses(outcomes: readonly { readonly accept: boolean; readonly versions?: readonly number[] | null }[]): Clause[] {
  const listsVersions = outcomes.some((o) => !o.accept && o.versions != null);
  return [CLAUSES.subprotocolOffered, ...(listsVersions ? [CLAUSES.versionsListed] : [])];
}
