import { readFileSync } from 'node:fs';
import { defineConfigWithTheme, type DefaultTheme } from 'vitepress';
import { slug } from 'github-slugger';
import type { SiteData } from '@wscodes-tools/generators/site';

// The site's config: everything it names (title, address, sidebar, pages) comes from site.json, which
// `npm run site` generates beside the pages from the registry and output/links.ts. Nothing is typed here twice.
const data = JSON.parse(readFileSync(new URL('../pages/site.json', import.meta.url), 'utf8')) as SiteData;

export default defineConfigWithTheme<DefaultTheme.Config & { searchPath: string }>({
  srcDir: 'pages',
  outDir: 'dist',
  cacheDir: '.vitepress/cache',
  base: data.base,
  lang: 'en',
  title: data.title,
  description: data.description,
  // Each page's <title> is whole ("1006 Abnormal Closure: WebSocket close code").
  titleTemplate: false,
  cleanUrls: false,
  lastUpdated: false,
  // The docs link headings by GitHub's anchors; the site gives them the same ones.
  // The high-contrast code themes: the default ones colour comments and strings below WCAG AA on the code background.
  markdown: { anchor: { slugify: (text: string) => slug(text) }, theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  sitemap: { hostname: data.site },
  // No prefetch of every linked page's chunk (the compatibility page's alone is 55 KB gzipped): a page loads what it shows.
  router: { prefetchLinks: false },
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${data.base}favicon.svg` }]],
  themeConfig: {
    nav: data.nav as never,
    sidebar: data.sidebar as never,
    searchPath: data.searchPath,
    socialLinks: [{ icon: 'github', link: data.repository }],
    outline: { level: [2, 3] },
    footer: { message: 'Generated from the wscodes registry; IANA data as IANA publishes it.' },
  },
});
