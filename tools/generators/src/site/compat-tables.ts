import type { Compat, Verdict } from '@wscodes-tools/registry';

// The compatibility page's detail tables, re-laid for a screen the way browser-compat-data is on
// MDN: per-peer cells that show a mark, with what the peer did in a numbered note under the table.
// The docs write one table per rule with a column per peer (30 wide: 1,671 px); here each rule gets
// one table per side (clients and browsers, then servers) with narrow, vertical peer headings.
// The cells are read back from the docs' own Markdown: the text is written once, by the docs.

/** A side of the connection, and which peer roles play it. */
const SIDES: readonly { readonly caption: string; readonly roles: readonly string[] }[] = [
  { caption: 'Clients and browsers', roles: ['client', 'browser'] },
  { caption: 'Servers', roles: ['server'] },
];

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A Markdown cell's text as the reader sees it: escapes undone, code spans unwrapped. */
const plain = (cell: string): string =>
  cell
    .replace(/\\(.)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A table row's cells; `\|` inside a cell is text, not a separator. */
const cellsOf = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/**
 * The page with every detail table (first column `vector`, one column per peer) replaced by
 * HTML tables of per-peer cells. `marks` maps each verdict to the mark the docs print for it.
 */
export function compatTables(markdown: string, compat: Compat, marks: Readonly<Record<Verdict, string>>): string {
  const verdictOf = new Map(Object.entries(marks).map(([verdict, mark]) => [mark, verdict]));
  const lines = markdown.split('\n');
  const out: string[] = [];
  let tableNo = 0;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    if (!header.startsWith('| vector |')) {
      out.push(header);
      continue;
    }
    let end = i + 2;
    while (end < lines.length && lines[end]!.startsWith('|')) end++;
    tableNo++;
    out.push(renderRule(tableNo, cellsOf(header).slice(1).map(plain), lines.slice(i + 2, end).map(cellsOf), compat, verdictOf));
    i = end - 1;
  }
  return out.join('\n');
}

function renderRule(tableNo: number, peers: readonly string[], rows: readonly string[][], compat: Compat, verdictOf: ReadonlyMap<string, string>): string {
  const notes: string[] = [];
  const noteOf = (text: string): number => {
    const at = notes.indexOf(text);
    return at >= 0 ? at + 1 : notes.push(text);
  };
  const tables = SIDES.flatMap((side) => {
    const columns = peers.map((peer, column) => ({ peer, column })).filter(({ peer }) => side.roles.includes(compat.peers[peer]?.role ?? ''));
    if (columns.length === 0) return [];
    const head = `<thead><tr><th scope="col">vector</th>${columns.map(({ peer }) => `<th scope="col" class="peer"><span>${escapeHtml(peer)}</span></th>`).join('')}</tr></thead>`;
    const body = rows.map((row) => {
      const vector = plain(row[0] ?? '');
      const cells = columns.map(({ peer, column }) => {
        const text = plain(row[column + 1] ?? '');
        const mark = [...text][0] ?? '·';
        const verdict = verdictOf.get(mark) ?? 'not-played';
        const observed = text.slice(mark.length).trim();
        const note = observed ? `<sup><a href="#compat-${tableNo}-${noteOf(observed)}">${noteOf(observed)}</a></sup>` : '';
        const words = verdict === 'not-played' ? 'not played' : verdict.replace('-', ' ');
        return `<td data-peer="${escapeHtml(peer)}" data-vector="${escapeHtml(vector)}" data-verdict="${verdict}"><span aria-hidden="true">${escapeHtml(mark)}</span><span class="sr-only">${words}</span>${note}</td>`;
      });
      return `<tr><th scope="row"><code>${escapeHtml(vector)}</code></th>${cells.join('')}</tr>`;
    });
    return [`<div class="compat-wrap"><table class="compat"><caption>${side.caption}</caption>${head}<tbody>${body.join('')}</tbody></table></div>`];
  });
  const list = notes.length === 0 ? '' : `\n\n<ol class="compat-notes">${notes.map((n, k) => `<li id="compat-${tableNo}-${k + 1}">${escapeHtml(n)}</li>`).join('')}</ol>`;
  return `${tables.join('\n')}${list}`;
}
