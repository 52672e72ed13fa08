// @wscodes/core/frames: IANA's opcode and framing-header-bit registries, for code that reads or
// writes frames. The data and the predicates are generated (generated/opcodes.ts and
// generated/header-bits.ts); they live outside the main entry so that an app that only handles
// close codes does not ship them.
export {
  Opcode,
  type OpcodeKey,
  OPCODE_INFO,
  UNASSIGNED_OPCODES,
  isReservedOpcode,
  isControlOpcode,
  isDataOpcode,
  type ReservedOpcode,
  type ControlOpcode,
  type DataOpcode,
  type OpcodeInfo,
  type OpcodeIanaRecord,
  type UnassignedOpcodes,
} from './generated/opcodes.ts';
export { HeaderBit, type HeaderBitKey, type HeaderBitName, HEADER_BIT_INFO, type HeaderBitInfo, type HeaderBitIanaRecord } from './generated/header-bits.ts';
export type { IanaText, IanaTextPart, IanaXref, IanaXrefType } from './generated/iana.ts';
