// @wscodes-tools/generators/vectors-model: what a vector of @wscodes/fixtures is (its zod shapes and
// types), the requirements it cites, the receive rules that derive its outcomes, and which vectors
// each peer role plays. The vectors target builds the files from it; conformance plays and judges
// them by it.
export {
  fixtureFiles,
  type ApiAlternative,
  type ApiCloseCallVector,
  type Clause,
  type CloseEvent,
  type CloseFrameVector,
  type ClosePayloadVector,
  type HandshakeAlternative,
  type HandshakeOutcome,
  type HandshakeVector,
  type Level,
  type ReceiveAlternative,
  type ReceiveVerdict,
  type Reply,
  type Requirement,
} from './shapes.ts';
export { REQUIREMENT_TITLES, REQUIREMENTS, requirementKey, SUBPROTOCOL_NAMES_EXACT } from './requirements.ts';
export { CLAUSES, serverHandshakeClauses } from './clauses.ts';
export { JUDGING_RULES, NO_ANSWER_LIMIT_SECONDS, VERDICT_SEVERITY } from './judging.ts';
export { closeEventFor, FAILURE_CODES, INVALID_PAYLOAD, invalid, PROTOCOL_ERROR, receivableCode, receiveOutcome, replyTo, valid, type ReceiveCase } from './receive.ts';
export { idsForRole, type PeerPlays, type PeerRole, type VectorFiles } from './roles.ts';
