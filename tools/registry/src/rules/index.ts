import { codesInRegistrableRange, pendingReview, singleLineSummary, sortedCodes, uniqueCodes, wireRules } from './codes.ts';
import { knownContacts, uniqueContacts, usedContacts } from './contacts.ts';
import { distinctNames, uniqueKeys } from './keys.ts';
import { ianaRangesPlaced, rangesTileTheCodeSpace, spanBounds } from './ranges.ts';
import { reconnectDelayOrder, reconnectDelayPolicy } from './reconnect.ts';
import type { Rule } from '../spec.ts';
import { withdrawnDate, withdrawnVerdicts } from './withdrawn.ts';
import { peerNoteVectorsOnce, troubleshootingCodes } from './troubleshooting.ts';

export const rules: readonly Rule[] = [
  spanBounds,
  rangesTileTheCodeSpace,
  ianaRangesPlaced,
  uniqueCodes,
  sortedCodes,
  codesInRegistrableRange,
  wireRules,
  singleLineSummary,
  pendingReview,
  uniqueKeys,
  distinctNames,
  uniqueContacts,
  knownContacts,
  usedContacts,
  withdrawnVerdicts,
  withdrawnDate,
  reconnectDelayOrder,
  reconnectDelayPolicy,
  troubleshootingCodes,
  peerNoteVectorsOnce,
];
