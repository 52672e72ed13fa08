// Renders Markdown the way GitHub reads it (CommonMark + GFM tables and bare-URL links), with
// raw HTML and every URL scheme passed through, so a test sees anything that could reach a reader.
// micromark is the parser markdownlint itself uses.
import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';

export const renderHtml = (markdown: string): string =>
  micromark(markdown, {
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
    extensions: [gfmTable(), gfmAutolinkLiteral()],
    htmlExtensions: [gfmTableHtml(), gfmAutolinkLiteralHtml()],
  });

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

export const decodeEntities = (html: string): string =>
  html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (_, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name.toLowerCase()]!,
  );

/** The text a reader sees in a piece of rendered HTML. */
export const visibleText = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, ''));
