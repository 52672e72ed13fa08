// How the pages of IANA's other registries show the fields wscodes curates beside IANA's. A field
// is shown by its name; the few that need more than their value get a view of their own here.
import { SUBPROTOCOL_USAGES } from '@wscodes-tools/registry';
import { inline, link, md, referenceLink, type Markdown } from '../output/markdown.ts';
import { EMPTY_CELL } from './iana-text.ts';

/** What a page needs to link an entry: its value as text and the page it has, if any. */
export interface EntryLink {
  readonly entry: { readonly value: number | string; readonly [field: string]: unknown };
  readonly markdown: string;
}

export interface CuratedView {
  /** The cell of an entry's row; EMPTY_CELL when the entry does not carry the field. */
  cell(value: unknown): string | Markdown;
  /** A section of the registry page, after the table, or undefined when it has nothing to say. */
  section?(entries: readonly EntryLink[]): string | undefined;
}

/** `details` is not a column: an entry that has it gets a page of its own. */
export const DETAILS_FIELD = 'details';

/** Plain identifiers (a constant key) as code; any other text escaped; anything else as JSON text. */
const plainView: CuratedView = {
  cell: (value) => {
    if (value === undefined) return md(EMPTY_CELL);
    if (typeof value === 'string') return /^[A-Za-z0-9._-]+$/.test(value) ? md(`\`${value}\``) : value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  },
};

// Subprotocols only: IANA's table also holds identifiers for WebRTC data channels (its note says so,
// without saying which). The curated `usage` names the transports and the reference that says so.
type Usage = { readonly transports: readonly (typeof SUBPROTOCOL_USAGES)[number][]; readonly source: string };

const TRANSPORT_LABEL: Readonly<Record<(typeof SUBPROTOCOL_USAGES)[number], string>> = {
  websocket: 'WebSocket',
  'webrtc-datachannel': 'WebRTC data channel',
};

const sourceLink = (source: string): string => {
  const { text, url } = referenceLink({ type: 'rfc', data: source });
  return url ? link(text, url) : inline(source);
};

const usageText = (usage: Usage): string => `${usage.transports.map((t) => TRANSPORT_LABEL[t]).join(', ')} (${sourceLink(usage.source)})`;

const usageView: CuratedView = {
  cell: (value) => md(value === undefined ? EMPTY_CELL : usageText(value as Usage)),
  section(entries) {
    const usageOf = (e: EntryLink) => e.entry.usage as Usage | undefined;
    const datachannel = entries.filter((e) => usageOf(e)?.transports.includes('webrtc-datachannel'));
    if (datachannel.length === 0) return undefined;
    return [
      '## For WebRTC data channels',
      "*Curated by wscodes*, from each entry's own IANA references: these identifiers are specified for WebRTC data channels, as IANA's note above says the table also holds. Every other identifier here is for WebSocket's `Sec-WebSocket-Protocol`.",
      datachannel.map((e) => `- ${e.markdown}: ${usageText(usageOf(e)!)}`).join('\n'),
    ].join('\n\n');
  },
};

const VIEWS: Readonly<Record<string, CuratedView>> = { usage: usageView };

export const curatedView = (field: string): CuratedView => VIEWS[field] ?? plainView;
