// The links of a README that break on npm: npm shows a package's README on its own page, away from
// the repository, so a relative link (`docs/x.md`, `../docs/compatibility.md`) leads nowhere there.
// A link is fine when it is absolute (a scheme such as https: or mailto:, or `//host`) or a fragment
// of the same page (`#usage`). Code blocks and code spans are not links.

export interface ReadmeLink {
  /** 1-based line of the link in the README. */
  readonly line: number;
  readonly target: string;
}

const INLINE = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/;
const HTML = /\b(?:href|src)\s*=\s*["']([^"']*)["']/gi;

const isAbsolute = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** Every link target of the Markdown, with its line; fenced code blocks and code spans left out. */
export function linksOf(markdown: string): ReadmeLink[] {
  const found: ReadmeLink[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((raw, index) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== null) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && raw.trim() === opener) fence = null;
      return;
    }
    if (opener !== undefined) {
      fence = opener;
      return;
    }
    const line = raw.replace(/(`+)[\s\S]*?\1/g, '');
    const push = (target: string | undefined): void => void (target !== undefined && found.push({ line: index + 1, target }));
    push(DEFINITION.exec(line)?.[1]);
    for (const match of line.matchAll(INLINE)) push(match[1]);
    for (const match of line.matchAll(HTML)) push(match[1]);
  });
  return found;
}

/** The links that break once the README is shown on npm, away from the repository's files. */
export const relativeLinks = (markdown: string): ReadmeLink[] => linksOf(markdown).filter((l) => !isAbsolute(l.target) && !l.target.startsWith('#'));
