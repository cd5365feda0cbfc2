/// <reference types="vite/client" />
/// <reference types="vite-ssg" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** A digest of the plan data files, set at build time (vite.config.ts). */
declare const __DATA_VERSION__: string
/** The day the app was built, YYYY-MM-DD. */
declare const __BUILD_DATE__: string
/** The origin the site is published at (SITE_URL at build time, src/node/site-origin.ts), e.g. https://www.city.atsugi.kanagawa.jp. */
declare const __SITE_ORIGIN__: string
