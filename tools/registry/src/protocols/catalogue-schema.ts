import { z } from 'zod';
import { jsonFileHeader } from '../schema.ts';
import { protocolDocument } from './schema.ts';

// The whole catalogue as one document: what @wscodes/schema ships as protocols.json for tools in
// any language. Each protocol is a protocolDocument, so the JSON Schema derived from this shape
// accepts exactly what the loader accepts for one file of registry/protocols/.

export const protocolCatalogueDocument = z
  .strictObject({
    ...jsonFileHeader,
    protocols: z.array(protocolDocument).describe('Every protocol of registry/protocols/, sorted by id; codes and ranges sorted by number.'),
  })
  .meta({
    id: 'WscodesProtocolCatalogue',
    title: 'wscodes protocol catalogue',
    description: 'The close codes of protocols that run on WebSocket (registry/protocols/*.yaml), kept apart from IANA\'s registry: a code here is never an IANA code.',
  });

export type ProtocolCatalogueDocument = z.output<typeof protocolCatalogueDocument>;
