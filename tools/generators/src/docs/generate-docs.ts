import type { Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { codePage, codePagePath } from './code-page.ts';
import { indexPage } from './index-page.ts';
import { rangesPage } from './ranges-page.ts';
import { troubleshootingPage } from './troubleshooting-page.ts';

export const DOCS_DIR = 'packages/docs/';

/** @wscodes/docs: the index (README.md), one page per code, the ranges and troubleshooting (the fixtures target adds compatibility.md). */
export function generateDocs(registry: Registry): GeneratedFile[] {
  const page = (path: string, body: string): GeneratedFile => ({
    path: DOCS_DIR + path,
    contents: `${banner.markdown(registry, 'docs')}\n${body}\n`,
  });
  return [
    page('README.md', indexPage(registry)),
    page('ranges.md', rangesPage(registry)),
    page('troubleshooting.md', troubleshootingPage(registry)),
    ...registry.codes.map((entry, i) => page(codePagePath(entry), codePage(registry, i))),
  ];
}
