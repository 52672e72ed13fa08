import { ts } from 'ts-morph';
import type { HandshakeStatusClassInfo, HandshakeStatusInfo, Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { literalNode, printModule, withDocs } from './syntax.ts';

export const CORE_HANDSHAKE_STATUSES_FILE = 'packages/core/src/generated/handshake-statuses.ts';

const f = ts.factory;

/**
 * The handshake-status table as @wscodes/core/http-status ships it: two frozen lists, imported only
 * by that entry point, so that the main entry never carries them. Their record types are written by
 * hand beside them (packages/core/src/http-status-types.ts); `npm run typecheck` holds the two together.
 * Undefined when the registry folder has no handshake-statuses.yaml (a tool test's small registry).
 */
export function generateHandshakeStatuses(registry: Registry): GeneratedFile | undefined {
  const table = registry.handshakeStatuses;
  if (!table) return undefined;
  const list = (name: string, type: string, value: unknown, docs: string) =>
    withDocs(
      f.createVariableStatement(
        [f.createModifier(ts.SyntaxKind.ExportKeyword)],
        f.createVariableDeclarationList(
          [f.createVariableDeclaration(name, undefined, f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, f.createArrayTypeNode(f.createTypeReferenceNode(type))), literalNode(value, { freeze: 'freeze' }))],
          ts.NodeFlags.Const,
        ),
      ),
      docs,
    );
  const statements: ts.Statement[] = [
    f.createImportDeclaration(
      undefined,
      f.createImportClause(true, undefined, f.createNamedImports(['HandshakeStatusClassRecord', 'HandshakeStatusRecord'].map((n) => f.createImportSpecifier(false, undefined, f.createIdentifier(n))))),
      f.createStringLiteral('../http-status-types.ts'),
    ),
    f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration('freeze', undefined, undefined, f.createPropertyAccessExpression(f.createIdentifier('Object'), 'freeze'))], ts.NodeFlags.Const)),
    list('HANDSHAKE_STATUSES', 'HandshakeStatusRecord', table.statuses.map(record), 'Every status the table lists, sorted by number: what it means on a refused WebSocket upgrade, and whether to reconnect.'),
    list('HANDSHAKE_STATUS_CLASSES', 'HandshakeStatusClassRecord', table.classes.map((c) => ({ class: c.class, ...fields(c) })), 'The answer for a status the table does not list, by class (RFC 9110 section 15: read as the x00 of its class).'),
  ];
  return { path: CORE_HANDSHAKE_STATUSES_FILE, contents: `${banner.code({ ...registry, source: table.source }, 'core')}\n${printModule(statements)}` };
}

const record = (s: HandshakeStatusInfo): Record<string, unknown> => ({ status: s.status, ...fields(s) });

function fields(s: HandshakeStatusInfo | HandshakeStatusClassInfo): Record<string, unknown> {
  const { policy, source, retryAfter, text } = s.advice;
  return {
    name: s.name,
    meaning: s.meaning,
    advice: { policy, source, retryAfter, text },
    sources: s.sources.map(({ ref, title, url, section }) => ({ ref, title, url, section })),
  };
}
