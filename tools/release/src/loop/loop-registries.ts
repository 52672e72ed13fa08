// The six registries as the loop's synthetic revisions see them, derived from the registry
// modules' declarations (value element, fields, value parser): no registry's records are named here.
// Close codes are not a module of @wscodes-tools/registry yet; when they become one, the module wins.
import { CLOSE_OPCODE, IANA_REGISTRIES, isControlOpcodeValue, SUPPORTED_VERSION, type IanaRegistryModule } from '@wscodes-tools/registry';
import { basename } from 'node:path';
import type { LoopRegistry } from './synthetic-iana.ts';

export const CLOSE_CODE_IANA_ID = 'close-code-number';

/** Third parties register 3000-3999 first come first served: the codes the loop changes and withdraws. */
const THIRD_PARTY_CLOSE_CODES = { from: 3000, to: 3999 } as const;

const closeCodes: LoopRegistry = {
  id: 'close-codes',
  ianaId: CLOSE_CODE_IANA_ID,
  noun: 'close code',
  file: 'registry/close-codes.yaml',
  valueElement: 'value',
  textElement: 'description',
  // IANA writes an Unassigned close-code span with an empty <contact/>.
  requiredElements: ['description', 'contact'],
  parseValue: (text) => (/^\d{1,5}$/.test(text) ? Number(text) : undefined),
  protectedValues: [],
  preferred: (value) => typeof value === 'number' && value >= THIRD_PARTY_CLOSE_CODES.from && value <= THIRD_PARTY_CLOSE_CODES.to,
};

/** Values the protocol itself needs: withdrawing them would need a new protocol, not a sync. */
const PROTECTED: Readonly<Record<string, readonly (number | string)[]>> = { opcode: [CLOSE_OPCODE], 'version-number': [SUPPORTED_VERSION] };

/** The values the loop changes and withdraws first: for opcodes the control frames (Ping, Pong), not the data frames every message needs. */
const PREFERRED: Readonly<Record<string, (value: number | string) => boolean>> = { opcode: (v) => typeof v === 'number' && isControlOpcodeValue(v) };

export function fromModule(module: IanaRegistryModule): LoopRegistry {
  const text = module.fields.find((f) => f.kind === 'text');
  if (!text) throw new Error(`the ${module.id} module declares no text field for IANA's words ("Unassigned", a description)`);
  return {
    id: basename(module.file, '.yaml'),
    moduleId: module.id,
    ianaId: module.ianaId,
    noun: module.noun,
    file: module.file,
    valueElement: module.value.element,
    textElement: text.element,
    requiredElements: module.fields.filter((f) => !f.optional).map((f) => f.element),
    parseValue: (value) => module.value.parse(value),
    protectedValues: PROTECTED[module.ianaId] ?? [],
    preferred: PREFERRED[module.ianaId] ?? (() => true),
  };
}

/** Close codes first, then IANA's other registries in the modules' order. */
export const LOOP_REGISTRIES: readonly LoopRegistry[] = [
  ...(IANA_REGISTRIES.some((m) => m.ianaId === CLOSE_CODE_IANA_ID) ? [] : [closeCodes]),
  ...IANA_REGISTRIES.map((m) => fromModule(m as IanaRegistryModule)),
];
