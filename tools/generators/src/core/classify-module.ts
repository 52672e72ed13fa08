// The classification of every close code, range and non-code, for @wscodes/core/classify only: the
// main entry never imports this module, so its bundle does not grow by a byte. The record and its
// unions come from the registry schema's `classification`, stated once.
import { ts } from 'ts-morph';
import { registrySchema, type Classification, type Registry } from '@wscodes-tools/registry';
import { constant, FREEZE, freezeDeclaration, integerUnion, readonlyArray, table, typeAlias } from './declarations.ts';
import { interfaceNode, project, unionNode, type RecordShape } from './records.ts';
import { literalNode } from './syntax.ts';

export const CORE_CLASSIFY_FILE = 'packages/core/src/generated/classify.ts';

const f = ts.factory;

const UNIONS = [
  { name: 'CloseOutcome', docs: 'Is a close an expected end (log it quietly), or a failure worth attention?', options: registrySchema.closeOutcome.options },
  { name: 'LogLevel', docs: 'The level to log a close at, lowest first.', options: registrySchema.logLevel.options },
  {
    name: 'LikelySide',
    docs: 'The side that most likely caused a close, taking the usual case of a client reading the close its server sent: client (the endpoint that opened the connection), server, network (the path between them, or a dropped connection), or unknown.',
    options: registrySchema.likelySide.options,
  },
];

const ref = (name: string) => () => f.createTypeReferenceNode(name);

export const CLOSE_CLASSIFICATION: RecordShape<Classification> = {
  name: 'CloseClassification',
  docs: "The registry's classification of a code, a range or a value that is not a close code.",
  fields: {
    outcome: { type: ref('CloseOutcome'), value: (c) => c.outcome },
    logLevel: { type: ref('LogLevel'), value: (c) => c.logLevel },
    likelySide: { type: ref('LikelySide'), value: (c) => c.likelySide },
    cause: {
      type: () => f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      docs: 'What most likely happened, as a short lower-case phrase for a log line ("no Close frame arrived").',
      value: (c) => c.cause,
    },
  },
};

export function classifyStatements(registry: Registry): ts.Statement[] {
  const data = (value: unknown) => literalNode(value, { freeze: FREEZE });
  const of = (c: Classification) => project(CLOSE_CLASSIFICATION, c);
  const privateUse = registry.ranges.filter((r) => r.kind === 'private-use');
  return [
    ...UNIONS.map(unionNode),
    interfaceNode(CLOSE_CLASSIFICATION),
    freezeDeclaration(),
    constant({
      name: 'LOG_LEVELS',
      type: readonlyArray(f.createTypeReferenceNode('LogLevel')),
      value: data(registrySchema.logLevel.options),
      docs: 'Every log level, lowest first.',
    }),
    constant({
      name: 'LIKELY_SIDES',
      type: readonlyArray(f.createTypeReferenceNode('LikelySide')),
      value: data(registrySchema.likelySide.options),
      docs: 'Every side a close can be put down to.',
    }),
    table('CODE_CLASSIFICATION', CLOSE_CLASSIFICATION.name, data(registry.codes.map((c) => of(c.classify))), 'The classification of every listed code, in the order of CLOSE_CODE_INFO.'),
    table(
      'RANGE_CLASSIFICATION',
      CLOSE_CLASSIFICATION.name,
      data(registry.ranges.map((r) => of(r.classify))),
      'The classification of a code without an entry (or a withdrawn one), one per range of CLOSE_CODE_RANGES, in the same order.',
    ),
    constant({
      name: 'NOT_A_CLOSE_CODE_CLASSIFICATION',
      type: f.createTypeReferenceNode(CLOSE_CLASSIFICATION.name),
      value: data(of(registry.notACloseCode.classify)),
      docs: 'The classification of a value that is not a close code.',
    }),
    typeAlias(
      'PrivateUseCloseCode',
      integerUnion(privateUse),
      `A code of the private-use range (${privateUse.map((r) => `${r.from}-${r.to}`).join(', ')}): the codes an app defines for itself.`,
    ),
  ];
}
