// What a library told its application when the connection closed (PROTOCOL.md, "reported"), and
// where a server peer's reports wait until the raw client that played the vector asks for them.
import { STEP_LIMIT_MS, withinLimit } from './limits.ts';

export interface Reported {
  /** The close code the library reported, as it gave it; null when it gave none. */
  readonly code: number | null;
  readonly reason: string | null;
}

/** No report within the limit: the library said nothing to its application. */
export const NOTHING_REPORTED: Reported = { code: null, reason: null };

/**
 * A server's close reports, keyed by the client's port: the raw client knows the port it connected
 * from, and the server's connection knows its remote port. A report may come before or after the ask.
 */
export class ServerReports {
  private readonly waiting = new Map<number, { report: Promise<Reported>; resolve: (r: Reported) => void }>();

  private entry(port: number) {
    let entry = this.waiting.get(port);
    if (!entry) {
      let resolve!: (r: Reported) => void;
      const report = new Promise<Reported>((r) => (resolve = r));
      entry = { report, resolve };
      this.waiting.set(port, entry);
    }
    return entry;
  }

  /** The server's connection from `port` closed, and the library reported this. */
  record(port: number | undefined, report: Reported): void {
    if (port !== undefined) this.entry(port).resolve(report);
  }

  /** What the server reported for the connection from `port`; NOTHING_REPORTED after the step limit. */
  async reportFor(port: number): Promise<Reported> {
    const report = await withinLimit(this.entry(port).report, STEP_LIMIT_MS, NOTHING_REPORTED);
    this.waiting.delete(port);
    return report;
  }
}
