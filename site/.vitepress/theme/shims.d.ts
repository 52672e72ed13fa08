// For tsc: VitePress compiles the theme's .vue and .css files; the type check only needs them to exist.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ fromPath?: boolean }>;
  export default component;
}
declare module '*.css';
