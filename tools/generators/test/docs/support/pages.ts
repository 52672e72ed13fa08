import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byText } from '@wscodes-tools/registry';
import type { Page } from './links.ts';

/** Every Markdown file under `dir` (node_modules aside), with paths relative to it. */
export function readPages(dir: string, prefix = ''): Page[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry): Page[] => {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : readPages(dir, `${path}/`);
      return entry.name.endsWith('.md') ? [{ path, contents: readFileSync(join(dir, path), 'utf8') }] : [];
    })
    .sort(byText((p) => p.path));
}
