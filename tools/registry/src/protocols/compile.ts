import { compareText } from '../compare.ts';
import { parseSpan } from '../span.ts';
import { ianaOverlapOf, type IanaSpace } from './overlap.ts';
import type { CodeIanaOverlap, ProtocolDocument, ProtocolVerdictDocument } from './schema.ts';
import type { ProtocolInfo, ProtocolVerdict } from './types.ts';

/** The typed, sorted record of a protocol file that passed every rule; the engine freezes it. */
export function compileProtocol(doc: ProtocolDocument, file: string, iana: IanaSpace): ProtocolInfo {
  return {
    file,
    id: doc.id,
    name: doc.name,
    subprotocols: [...doc.subprotocols],
    summary: doc.summary,
    carriedIn: doc.carriedIn ?? 'close-frame',
    ...(doc.carriedInNote !== undefined ? { carriedInNote: doc.carriedInNote } : {}),
    aliases: (doc.aliases ?? []).map((a) => ({ ...a, notes: a.notes ?? [] })),
    ...(doc.deprecated ? { deprecated: doc.deprecated } : {}),
    notes: doc.notes ?? [],
    source: doc.source,
    ranges: (doc.ranges ?? [])
      .map(({ range, ianaOverlap: _marked, reconnect, ...rest }) => {
        const span = parseSpan(range);
        return { ...span, ...rest, ianaOverlap: ianaOverlapOf(iana, span), reconnect: verdict(reconnect) };
      })
      .sort((a, b) => a.from - b.from),
    codes: doc.codes
      .map(({ definedBy, localOnly, ianaOverlap: marked, reasons, reconnect, ...rest }) => ({
        ...rest,
        definedBy: definedBy ?? 'protocol',
        localOnly: localOnly ?? false,
        ianaOverlap: codeOverlap(iana, rest.code, marked),
        reasons: (reasons ?? []).map(({ reconnect: own, ...reason }) => ({ ...reason, ...(own ? { reconnect: verdict(own) } : {}) })),
        reconnect: verdict(reconnect),
      }))
      .sort((a, b) => a.code - b.code),
  };
}

/** Derived from the registry, except that a code IANA registers may be marked as used with IANA's meaning. */
function codeOverlap(iana: IanaSpace, code: number, marked: CodeIanaOverlap | undefined): CodeIanaOverlap | null {
  return marked === 'same-meaning' && iana.registered.has(code) ? 'same-meaning' : ianaOverlapOf(iana, { from: code, to: code });
}

function verdict({ policy, source, delay, conditions, advice }: ProtocolVerdictDocument): ProtocolVerdict {
  return { policy, source, ...(delay ? { delay } : {}), conditions: conditions ?? [], advice };
}

export const byId = (a: { id: string }, b: { id: string }): number => compareText(a.id, b.id);
