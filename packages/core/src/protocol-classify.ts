// classifyClose under a protocol, over any catalogue: @wscodes/core/protocols binds it to the
// generated one. A protocol's entry classifies its code where the catalogue curates it; else its
// range's classification; else the IANA range's of the number (the protocol's meaning is not IANA's,
// so the IANA code's own classification never stands in for it).
import { classifyWith, rangeClassification, type ClassifiedClose, type ClassifyOptions, type GivenClassification } from './classification.ts';
import { protocolNamed, type Catalogue, type ProtocolOptions } from './protocol-lookup.ts';
import type { CloseLike } from './reconnect.ts';

export function classifyUnder(catalogue: Catalogue, close: CloseLike, options: ClassifyOptions & ProtocolOptions = {}): ClassifiedClose {
  const protocol = protocolNamed(catalogue, options.protocol);
  const code = close?.code;
  let given: GivenClassification | null = null;
  if (protocol !== undefined && typeof code === 'number') {
    const entry = protocol.codes.find((c) => c.code === code);
    const range = protocol.ranges.find((r) => code >= r.from && code <= r.to);
    const said = entry ?? range;
    if (said !== undefined) {
      const curated = entry?.classify ?? range?.classify ?? null;
      const classify = curated ?? rangeClassification(code);
      // The words: the entry's own (its curated cause, else its meaning) before anything its range says.
      const cause = entry !== undefined ? (entry.classify?.cause ?? entry.meaning) : (range!.classify?.cause ?? range!.meaning);
      given = { name: `${said.name} under ${protocol.name}`, classify: { ...classify, cause } };
    }
  }
  return classifyWith(close, options, given);
}
