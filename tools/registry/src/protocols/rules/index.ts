import { protocolDelays, protocolRangesApart, uniqueProtocolCodes, uniqueProtocolKeys } from './entries.ts';
import { ianaCollision, unregisteredIanaRange } from './iana.ts';
import type { ProtocolRule } from './rule.ts';

export type { ProtocolRule } from './rule.ts';

export const protocolRules: readonly ProtocolRule[] = [uniqueProtocolCodes, uniqueProtocolKeys, protocolRangesApart, protocolDelays, ianaCollision, unregisteredIanaRange];
