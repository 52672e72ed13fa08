// The default theme without its web font (the system's fonts: no font request, lighter pages), the
// Pagefind search box as a component, and a 404 page that searches.
import DefaultTheme from 'vitepress/theme-without-fonts';
import type { Theme } from 'vitepress';
import { h } from 'vue';
import SiteSearch from './SiteSearch.vue';
import './style.css';

export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      'not-found': () =>
        h('main', { class: 'not-found' }, [
          h('h1', 'Page not found'),
          h('p', 'No page has this address. Search for a code, a protocol or a name:'),
          h(SiteSearch, { fromPath: true }),
        ]),
    }),
  enhanceApp({ app }) {
    app.component('SiteSearch', SiteSearch);
  },
} satisfies Theme;
