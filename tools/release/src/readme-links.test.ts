import { describe, expect, it } from 'vitest';
import { linksOf, relativeLinks } from './readme-links.ts';

describe('relativeLinks', () => {
  it('finds inline, image, reference and HTML links that are relative, with their line', () => {
    const readme = [
      '# x',
      'See [the docs](docs/x.md), [`core`](../core) and ![logo](logo.png "Logo").',
      '[ref]: ./LICENSE',
      '<a href="CHANGELOG.md">changes</a>',
    ].join('\n');
    expect(relativeLinks(readme)).toEqual([
      { line: 2, target: 'docs/x.md' },
      { line: 2, target: '../core' },
      { line: 2, target: 'logo.png' },
      { line: 3, target: './LICENSE' },
      { line: 4, target: 'CHANGELOG.md' },
    ]);
  });

  it('keeps absolute links and same-page fragments', () => {
    const readme = '[site](https://wscodes.github.io/codes/1006/) [mail](mailto:a@b.example) [cdn](//cdn.example/x) [up](#usage) <https://a.example/b>';
    expect(linksOf(readme).map((l) => l.target)).toEqual(['https://wscodes.github.io/codes/1006/', 'mailto:a@b.example', '//cdn.example/x', '#usage']);
    expect(relativeLinks(readme)).toEqual([]);
  });

  it('ignores code blocks and code spans', () => {
    const readme = ['```md', '[in a block](docs/x.md)', '```', 'Write `[text](path.md)` for a link.', '~~~', '[tilde](a.md)', '~~~', '[after](b.md)'].join('\n');
    expect(relativeLinks(readme)).toEqual([{ line: 8, target: 'b.md' }]);
  });
});
