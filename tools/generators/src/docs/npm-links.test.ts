import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../../test/registry.ts';
import { parseProjectLinks } from '../output/links.ts';
import { absoluteDocsLinks, relativeDocsLinks } from './npm-links.ts';

const registry = fixtureRegistry();
const fork = parseProjectLinks(JSON.stringify({ homepage: 'https://fork.example/w/', repository: 'https://github.com/someone/fork' }));

describe("the docs README's links", () => {
  const relative = '[1006](codes/1006-abnormal-closure.md) [x](ranges.md#4000-4999-private-use) [c](compatibility.md#in-web-platform-tests) [r](ranges.md) [o](other.md) [s](https://a.example/) [t](#codes)';

  it('go to the site for a page it has, else to the file in the repository, keeping anchors', () => {
    expect(absoluteDocsLinks(relative, registry, fork)).toBe(
      '[1006](https://fork.example/w/codes/1006/) [x](https://fork.example/w/ranges/4000-4999/) [c](https://fork.example/w/compatibility/#in-web-platform-tests) ' +
        '[r](https://fork.example/w/ranges/) [o](https://github.com/someone/fork/blob/main/packages/docs/other.md) [s](https://a.example/) [t](#codes)',
    );
  });

  it('leave text that only looks like a link alone: an escaped bracket is registry text', () => {
    const text = 'a \\[x\\](javascript\\:alert(1)) and \\\\[real](troubleshooting.md)';
    expect(absoluteDocsLinks(text, registry, fork)).toBe('a \\[x\\](javascript\\:alert(1)) and \\\\[real](https://fork.example/w/troubleshooting/)');
  });

  it('read back as the paths inside the package', () => {
    expect(relativeDocsLinks(absoluteDocsLinks(relative, registry, fork), registry, fork)).toBe(relative);
  });
});
