// The records of the handshake-status table (@wscodes/core/http-status). The data is generated in
// generated/handshake-statuses.ts from registry/handshake-statuses.yaml; these types are written by
// hand, and the type check of the generated data holds the two together.

/** What a client does after a refused handshake: the close codes' policies (a refusal is never `not-needed`). */
export type HandshakeStatusPolicy = 'backoff' | 'do-not-retry' | 'depends';

export interface HandshakeStatusAdvice {
  readonly policy: HandshakeStatusPolicy;
  /** `rfc`: the RFCs in `sources` say so; `practice`: common practice. */
  readonly source: 'rfc' | 'practice';
  /** `honoured`: a Retry-After header on this status sets the shortest wait; `ignored`: the status is not retried automatically. */
  readonly retryAfter: 'honoured' | 'ignored';
  /** One paragraph for people. */
  readonly text: string;
}

/** A document and the section of it an entry follows, such as RFC 9110 section 15.6.4. */
export interface HandshakeStatusSource {
  /** A short id of the document: `rfc6455`, `rfc9110`, `rfc6585`. */
  readonly ref: string;
  readonly title: string;
  readonly url: string;
  readonly section: string;
}

/** One status of the table. */
export interface HandshakeStatusRecord {
  readonly status: number;
  /** The reason phrase: `Service Unavailable`. */
  readonly name: string;
  /** What it says about a refused upgrade. */
  readonly meaning: string;
  readonly advice: HandshakeStatusAdvice;
  readonly sources: readonly HandshakeStatusSource[];
}

/** The answer for a status the table does not list, by class (4 for 4xx): RFC 9110 section 15 reads it as the x00 of its class. */
export interface HandshakeStatusClassRecord extends Omit<HandshakeStatusRecord, 'status'> {
  readonly class: number;
}
