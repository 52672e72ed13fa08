// The handshake registries in @wscodes/core/handshake: version numbers, extension names and
// subprotocol names. Each module holds a small list of registered values with its literal type
// (what an app checks against) apart from the table of IANA's records (what a person reads), so
// that a bundle that uses only the first does not ship the second.
import { ts } from 'ts-morph';
import { extensions, SUBPROTOCOL_USAGES, subprotocols, SUPPORTED_VERSION, TOKEN_PATTERN, versions, type IanaRegistries } from '@wscodes-tools/registry';
import { constant, freezeDeclaration, FREEZE, integerUnion, interfaceDeclaration, keyword, readonlyArray, stringUnion, table, typeAlias, typeImport } from './declarations.ts';
import { IANA_TYPES_MODULE, ianaRecordInterface, ianaRecordValue, ianaTypesUsedBy } from './iana-records.ts';
import { listed } from './listed.ts';
import { literalNode } from './syntax.ts';

const f = ts.factory;
const ref = (name: string) => f.createTypeReferenceNode(name);
const data = (value: unknown) => literalNode(value, { freeze: FREEZE });
const pendingMember = { name: 'pending', type: f.createLiteralTypeNode(f.createTrue()), optional: true, docs: 'Present while its curated fields await review (an entry IANA added since).' };

/** generated/versions.ts: SUPPORTED_VERSION, the registered versions and IANA's records. */
export function versionStatements(registry: IanaRegistries['versions']): ts.Statement[] {
  const entries = listed(registry);
  const values = entries.map((e) => e.value);
  return [
    typeImport(ianaTypesUsedBy(versions), `./${IANA_TYPES_MODULE}.ts`),
    freezeDeclaration(),
    constant({
      name: 'SUPPORTED_VERSION',
      type: f.createLiteralTypeNode(f.createNumericLiteral(SUPPORTED_VERSION)),
      value: f.createNumericLiteral(SUPPORTED_VERSION),
      docs: `The Sec-WebSocket-Version a client MUST send (RFC 6455 section 4.1 item 9): ${SUPPORTED_VERSION}. A server that does not speak the version a client asks for answers with an error status and a Sec-WebSocket-Version header listing the versions it speaks (section 4.2.2).`,
    }),
    typeAlias('RegisteredVersion', integerUnion(values.map((v) => ({ from: v, to: v }))), 'A version number IANA registers, as a literal union: drafts (Interim), reserved numbers, and the standard one.'),
    constant({ name: 'REGISTERED_VERSIONS', type: readonlyArray(ref('RegisteredVersion')), value: data(values), docs: 'Every version number IANA registers, ascending. Registered is not supported: only SUPPORTED_VERSION is the protocol RFC 6455 defines.' }),
    ianaRecordInterface('VersionIanaRecord', versions),
    interfaceDeclaration(
      'VersionInfo',
      [{ name: 'version', type: ref('RegisteredVersion') }, pendingMember, { name: 'iana', type: ref('VersionIanaRecord'), docs: 'IANA\'s record: `status` is "Standard", "Interim", or empty for a number reserved and never used.' }],
      "A registered version number and IANA's record of it.",
    ),
    table('VERSION_INFO', 'VersionInfo', data(entries.map((e) => ({ version: e.value, pending: e.pending ? true : undefined, iana: ianaRecordValue(versions, e.iana) }))), 'Every registered version number with its record, ascending.'),
  ];
}

/** generated/extensions.ts: the registered extension names, their literal type and IANA's records. */
export function extensionStatements(registry: IanaRegistries['extensions']): ts.Statement[] {
  const entries = listed(registry);
  const names = entries.map((e) => e.value);
  return [
    typeImport(ianaTypesUsedBy(extensions), `./${IANA_TYPES_MODULE}.ts`),
    freezeDeclaration(),
    typeAlias('RegisteredExtensionName', stringUnion(names), 'An extension name IANA registers (the token in Sec-WebSocket-Extensions), as a literal union.'),
    constant({ name: 'REGISTERED_EXTENSIONS', type: readonlyArray(ref('RegisteredExtensionName')), value: data(names), docs: 'Every extension name IANA registers, in code-unit order.' }),
    ianaRecordInterface('ExtensionIanaRecord', extensions),
    interfaceDeclaration('ExtensionInfo', [{ name: 'name', type: ref('RegisteredExtensionName') }, pendingMember, { name: 'iana', type: ref('ExtensionIanaRecord') }], "A registered extension name and IANA's record of it."),
    table('EXTENSION_INFO', 'ExtensionInfo', data(entries.map((e) => ({ name: e.value, pending: e.pending ? true : undefined, iana: ianaRecordValue(extensions, e.iana) }))), 'Every registered extension with its record, in code-unit order of the names.'),
  ];
}

/** generated/subprotocols.ts: the token syntax, the registered names, their literal type and IANA's records with the curated usage. */
export function subprotocolStatements(registry: IanaRegistries['subprotocols']): ts.Statement[] {
  const entries = listed(registry);
  const names = entries.map((e) => e.value);
  // Each list of transports is a constant of its own: annotated there, its strings keep their
  // literal type, which a frozen array nested in the table would widen to string.
  const transportLists = new Map<string, readonly string[]>();
  for (const e of entries) if (e.usage && !transportLists.has(e.usage.transports.join())) transportLists.set(e.usage.transports.join(), [...e.usage.transports]);
  const transportNames = new Map<unknown, string>([...transportLists.values()].map((list) => [list, `TRANSPORTS_${list.join('_').replace(/[^A-Za-z0-9]/g, '_').toUpperCase()}`]));
  const usageOf = (usage: (typeof entries)[number]['usage']) => (usage ? { transports: transportLists.get(usage.transports.join())!, source: usage.source } : null);
  return [
    typeImport(ianaTypesUsedBy(subprotocols), `./${IANA_TYPES_MODULE}.ts`),
    freezeDeclaration(),
    constant({
      name: 'TOKEN_PATTERN',
      type: ref('RegExp'),
      value: f.createRegularExpressionLiteral(`/${TOKEN_PATTERN.source}/${TOKEN_PATTERN.flags}`),
      docs: 'An RFC 2616 token (section 2.2): one or more US-ASCII characters other than controls and separators. RFC 6455 requires it of every subprotocol name (section 4.1 item 10, section 11.5).',
    }),
    typeAlias('RegisteredSubprotocolName', stringUnion(names), 'A subprotocol name IANA registers, as a literal union. Case matters: `MQTT` is not `mqtt`.'),
    constant({ name: 'REGISTERED_SUBPROTOCOLS', type: readonlyArray(ref('RegisteredSubprotocolName')), value: data(names), docs: 'Every subprotocol name IANA registers, in code-unit order.' }),
    typeAlias('SubprotocolTransport', stringUnion(SUBPROTOCOL_USAGES), 'Where a subprotocol identifier is used: over WebSocket, or in a WebRTC data channel (RFC 8864).'),
    interfaceDeclaration(
      'SubprotocolUsage',
      [
        { name: 'transports', type: readonlyArray(ref('SubprotocolTransport')) },
        { name: 'source', type: keyword(ts.SyntaxKind.StringKeyword), docs: 'The reference that says so (such as rfc8865), one IANA lists for the entry.' },
      ],
      'Curated, not IANA\'s: where an identifier is meant to be used, with the reference that says so.',
    ),
    ...[...transportNames].map(([list, name]) =>
      constant({ name, type: readonlyArray(ref('SubprotocolTransport')), value: data(list), docs: `Curated transports: ${(list as string[]).join(', ')}.`, isExported: false }),
    ),
    ianaRecordInterface('SubprotocolIanaRecord', subprotocols),
    interfaceDeclaration(
      'SubprotocolInfo',
      [
        { name: 'name', type: ref('RegisteredSubprotocolName'), docs: 'The identifier, case-sensitive, as registered.' },
        {
          name: 'usage',
          type: f.createUnionTypeNode([ref('SubprotocolUsage'), f.createLiteralTypeNode(f.createNull())]),
          docs: "Curated: set where the identifier is meant for WebRTC data channels (IANA's table holds those too, RFC 8864); null for one meant for WebSocket.",
        },
        pendingMember,
        { name: 'iana', type: ref('SubprotocolIanaRecord'), docs: "IANA's record: the common name, the definition and the references that tell WebRTC identifiers from WebSocket ones." },
      ],
      "A registered subprotocol: IANA's record, and the curated usage.",
    ),
    table(
      'SUBPROTOCOL_INFO',
      'SubprotocolInfo',
      literalNode(
        entries.map((e) => ({ name: e.value, usage: usageOf(e.usage), pending: e.pending ? true : undefined, iana: ianaRecordValue(subprotocols, e.iana) })),
        { freeze: FREEZE, references: transportNames },
      ),
      'Every registered subprotocol with its record, in code-unit order of the names (the order of REGISTERED_SUBPROTOCOLS).',
    ),
  ];
}
