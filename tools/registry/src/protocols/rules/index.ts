import { carriedInNote, namesApart, protocolCodeSpace, protocolDelays, protocolRangesApart, uniqueProtocolCodes, uniqueProtocolKeys, uniqueReasons } from './entries.ts';
import { ianaCollision, ianaSameMeaning, unregisteredIanaRange } from './iana.ts';
import type { ProtocolRule } from './rule.ts';

export type { ProtocolRule } from './rule.ts';
export { PROTOCOL_CODE_SPACE } from './entries.ts';

export const protocolRules: readonly ProtocolRule[] = [uniqueProtocolCodes, uniqueProtocolKeys, uniqueReasons, namesApart, carriedInNote, protocolRangesApart, protocolCodeSpace, protocolDelays, ianaCollision, unregisteredIanaRange, ianaSameMeaning];

/** The rules that compare a file with the close-code registry: they run only when that registry is valid. */
export const IANA_SPACE_RULES: ReadonlySet<ProtocolRule> = new Set([ianaCollision, unregisteredIanaRange, ianaSameMeaning]);
