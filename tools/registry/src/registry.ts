import type { Compat } from './compat-shape.ts';
import type { HandshakeStatuses } from './handshake-statuses/load.ts';
import type { IanaRegistries } from './iana-registries/index.ts';
import type { ProtocolCatalogue } from './protocols/types.ts';
import type { CloseCodeRegistry } from './types.ts';

// The aggregate, on top of every registry module: nothing below it (a module, the catalogue, the
// engine) imports this file. folder.ts builds it; loadRegistry returns it; every generator reads it.

export type * from './types.ts';

/** The validated, frozen registry every generator reads: close codes, and every registry file beside them. */
export interface Registry extends CloseCodeRegistry {
  /** The compatibility matrix recorded beside the registry (compat.json); absent when there is none. */
  readonly compat?: Compat;
  /** IANA's other WebSocket registries, each loaded from its file beside this one; absent files are absent here. */
  readonly ianaRegistries?: Partial<IanaRegistries>;
  /** The close codes of protocols that run on WebSocket (registry/protocols/), apart from IANA's; absent when there is none. */
  readonly protocols?: ProtocolCatalogue;
  /** The HTTP statuses that refuse an upgrade (handshake-statuses.yaml); absent when there is none. */
  readonly handshakeStatuses?: HandshakeStatuses;
}
