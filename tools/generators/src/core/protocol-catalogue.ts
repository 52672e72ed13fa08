import { ts } from 'ts-morph';
import type { Classification, ProtocolInfo, ProtocolVerdict, Registry } from '@wscodes-tools/registry';
import { banner, withCatalogue, type GeneratedFile } from '../files.ts';
import { literalNode, printModule, withDocs } from './syntax.ts';

export const CORE_PROTOCOLS_FILE = 'packages/core/src/generated/protocols.ts';

const f = ts.factory;

/**
 * The catalogue as @wscodes/core/protocols ships it: one frozen list, imported only by that entry
 * point, so that the main entry never carries it. Its record types are written by hand beside it
 * (packages/core/src/protocol-types.ts); `npm run typecheck` checks that the data fits them.
 */
export function generateProtocolCatalogue(registry: Registry): GeneratedFile {
  const protocols = registry.protocols?.protocols ?? [];
  const statements: ts.Statement[] = [
    f.createImportDeclaration(
      undefined,
      f.createImportClause(true, undefined, f.createNamedImports([f.createImportSpecifier(false, undefined, f.createIdentifier('ProtocolRecord'))])),
      f.createStringLiteral('../protocol-types.ts'),
    ),
    f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration('freeze', undefined, undefined, f.createPropertyAccessExpression(f.createIdentifier('Object'), 'freeze'))], ts.NodeFlags.Const)),
    withDocs(
      f.createVariableStatement(
        [f.createModifier(ts.SyntaxKind.ExportKeyword)],
        f.createVariableDeclarationList(
          [
            f.createVariableDeclaration(
              'PROTOCOLS',
              undefined,
              f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, f.createArrayTypeNode(f.createTypeReferenceNode('ProtocolRecord'))),
              literalNode(protocols.map(record), { freeze: 'freeze' }),
            ),
          ],
          ts.NodeFlags.Const,
        ),
      ),
      'Every protocol of the catalogue, sorted by id; codes and ranges sorted. Never part of IANA\'s namespace.',
    ),
  ];
  return { path: CORE_PROTOCOLS_FILE, contents: `${banner.code(registry, 'core', withCatalogue(registry))}\n${printModule(statements)}` };
}

/** One protocol as core's ProtocolRecord: every field present, null where the YAML has none. */
function record(p: ProtocolInfo): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    subprotocols: p.subprotocols,
    aliases: p.aliases.map((a) => ({ id: a.id, name: a.name, url: a.url, notes: a.notes })),
    summary: p.summary,
    carriedIn: p.carriedIn,
    carriedInNote: p.carriedInNote ?? null,
    deprecated: p.deprecated ? { note: p.deprecated.note, url: p.deprecated.url ?? null } : null,
    notes: p.notes,
    source: { url: p.source.url, revision: p.source.revision ?? null, retrieved: p.source.retrieved, alsoRead: p.source.alsoRead ?? [] },
    ranges: p.ranges.map((r) => ({ from: r.from, to: r.to, name: r.name, meaning: r.meaning, section: r.section, ianaOverlap: r.ianaOverlap, reconnect: verdict(r.reconnect), classify: classification(r.classify) })),
    codes: p.codes.map((c) => ({
      code: c.code,
      key: c.key,
      name: c.name,
      meaning: c.meaning,
      section: c.section,
      definedBy: c.definedBy,
      localOnly: c.localOnly,
      ianaOverlap: c.ianaOverlap,
      reasons: c.reasons.map((r) => ({ token: r.token, name: r.name ?? null, meaning: r.meaning, section: r.section ?? null, reconnect: r.reconnect ? verdict(r.reconnect) : null })),
      withdrawn: c.withdrawn ? { date: c.withdrawn.date ?? null, url: c.withdrawn.url, note: c.withdrawn.note } : null,
      reconnect: verdict(c.reconnect),
      classify: classification(c.classify),
    })),
  };
}

function verdict(v: ProtocolVerdict): Record<string, unknown> {
  return {
    policy: v.policy,
    source: v.source,
    delay: v.delay ? { minSeconds: v.delay.minSeconds, maxSeconds: v.delay.maxSeconds ?? null, source: v.delay.source } : null,
    conditions: v.conditions.map((c) => ({ text: c.text, source: c.source })),
    advice: v.advice,
  };
}

/** A curated classification, `cause` null where the file has none (the meaning stands in); null when not curated. */
function classification(c: Classification | undefined): Record<string, unknown> | null {
  return c ? { outcome: c.outcome, logLevel: c.logLevel, likelySide: c.likelySide, cause: c.cause ?? null } : null;
}
