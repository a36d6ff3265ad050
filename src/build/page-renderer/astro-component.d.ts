// tsc has no reader for .astro files (Astro's language tools type-check those); the record
// renderer only hands the component to the container, which accepts any component factory.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
