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

/** A loader per language whose plan texts have a chunk of their own (src/node/plugins/plan-data-plugin.ts). */
declare module 'virtual:plan-texts' {
  import type { Locale } from '@/shared/languages'
  const loaders: Partial<Record<Locale, () => Promise<{ default: string[] }>>>
  export default loaders
}

/** One language's plan texts, in the order src/data/plan-texts.ts walks the plan. */
declare module 'virtual:plan-texts-*' {
  const texts: string[]
  export default texts
}
