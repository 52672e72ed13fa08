import { extensions } from './extensions.ts';
import { headerBits } from './header-bits.ts';
import { opcodes } from './opcodes.ts';
import { subprotocols } from './subprotocols.ts';
import { versions } from './versions.ts';

/** IANA's WebSocket registries besides close codes: frames first, then the handshake. */
export const IANA_REGISTRIES = [opcodes, headerBits, versions, extensions, subprotocols] as const;

export type IanaRegistryId = (typeof IANA_REGISTRIES)[number]['id'];

/** Each registry compiled, by id: what the generators read. */
export type IanaRegistries = {
  readonly [M in (typeof IANA_REGISTRIES)[number] as M['id']]: ReturnType<M['compile']>;
};

export { extensions, headerBits, opcodes, subprotocols, versions };
export { compareValues, defineIanaRegistry } from './define.ts';
export type { IanaEntry, IanaEntryDocument, IanaRegistryData, IanaRegistryDocument, IanaRegistryModule, IanaRegistrySpec, IanaRule, ValueSpec } from '../spec.ts';
export * from './record-shape.ts';
export { SUBPROTOCOL_USAGES } from './subprotocols.ts';
