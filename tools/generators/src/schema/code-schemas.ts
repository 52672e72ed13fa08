import { API_CLOSE_SPANS, type Registry, type Span } from '@wscodes-tools/registry';
import { receivableSpans } from '../rfc6455.ts';
import type { SchemaDocument } from '../json-schemas/schema-id.ts';

/** A span of codes as a subschema: `const` for one code, bounds for more. */
const spanSchema = (span: Span) => (span.from === span.to ? { const: span.from } : { minimum: span.from, maximum: span.to });

const formatSpans = (spans: readonly Span[]) =>
  spans.map((s) => (s.from === s.to ? `${s.from}` : `${s.from}-${s.to}`)).join(', ');

/** An integer in one of the spans. With no spans at all, nothing is valid (`not: {}`), never an empty anyOf. */
const integerIn = (spans: readonly Span[]) =>
  spans.length === 0 ? { type: 'integer', not: {} } : { type: 'integer', anyOf: spans.map(spanSchema) };

/** The receive rule, from the same receivable spans as @wscodes/core's isValidCloseCode. */
export const closeCodeSchema: SchemaDocument = {
  file: 'close-code.schema.json',
  build: (registry) => {
    const spans = receivableSpans(registry);
    return {
      title: 'WebSocket close code valid on the wire',
      description:
        'A close code that may appear in a Close frame received from a peer, under RFC 6455 and the IANA registry: ' +
        `${formatSpans(spans) || 'none'}. Codes that are only reported locally (such as 1005 and 1006) are not valid here.`,
      keywords: integerIn(spans),
    };
  },
};

/** Every registered code as its own subschema, so that editors show its name and summary. */
export const registeredCloseCodeSchema: SchemaDocument = {
  file: 'registered-close-code.schema.json',
  build: (registry) => ({
    title: 'Registered WebSocket close code',
    description: 'One of the close codes in the wscodes registry, whether or not it may travel on the wire.',
    keywords:
      registry.codes.length === 0
        ? { type: 'integer', not: {} }
        : {
            type: 'integer',
            oneOf: registry.codes.map((c) => ({ const: c.code, title: c.name, description: c.summary })),
          },
  }),
};

/** The WebSocket API's close() rule: derived, never stored in the registry. */
export const apiCloseCodeSchema: SchemaDocument = {
  file: 'api-close-code.schema.json',
  build: () => ({
    title: 'WebSocket API close() code',
    description: `A code the WebSocket API's close() method accepts: ${formatSpans(API_CLOSE_SPANS)}. Any other code makes close() throw an InvalidAccessError.`,
    keywords: integerIn(API_CLOSE_SPANS),
  }),
};
