/**
 * HTML first: every prerendered page is complete as HTML, so none of the app's code may compete
 * with its first paint. vite-ssg writes the entry script and a modulepreload for each chunk the page
 * used into the head; `startAppAfterLoad` takes them out and puts in their place the entry's address
 * (a meta tag) and the small inline loader src/boot/start-app.js, which asks for the entry once the
 * page has loaded and the browser is idle, and keeps what the reader does meanwhile. The loader's
 * hash is in the Content-Security-Policy (security-headers-plugin.ts), which allows no other inline script.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { minifyLoader } from '../minify-loader'

const BOOT_SOURCE = new URL('../../boot/start-app.js', import.meta.url)

/** The loader as the pages carry it: minified (src/node/minify-loader.ts says why). */
export const BOOT_SCRIPT = minifyLoader(readFileSync(BOOT_SOURCE, 'utf8'))

/** The loader's CSP hash source, e.g. 'sha256-…': the one inline script the pages may run. */
export const BOOT_SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`

const ENTRY_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g

export interface AppStartedAfterLoad {
  html: string
  /** The app's entry, which the loader asks for. */
  entry: string
  /** The chunks the page's render used (vite-ssg's modulepreloads): what the app loads to take this page over. */
  modules: string[]
}

/** A prerendered page with its app started after load (see above). Throws when the page has no entry script to defer. */
export function startAppAfterLoad(html: string, page: string): AppStartedAfterLoad {
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]!)
  if (entries.length !== 1) {
    throw new Error(`${page}: expected one entry script written by vite-ssg, found ${entries.length}; the page cannot start its app after load`)
  }
  const entry = entries[0]!
  const modules = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]!)
  // The loader preloads the page's modules with the entry, all at once: no chain of requests, each waiting
  // for the one before it to name it (Vite's own preloading is off: vite.config.ts, build.modulePreload).
  const preload = [...new Set(modules)].filter((module) => module !== entry).join(' ')
  return {
    html: html
      .replace(ENTRY_SCRIPT, '')
      .replace(MODULE_PRELOAD, '')
      .replace('</head>', `<meta name="app-entry" content="${entry}" data-modules="${preload}"></head>`)
      .replace('</body>', `<script>${BOOT_SCRIPT}</script></body>`),
    entry,
    modules,
  }
}

/** Where the build records, for the size budgets, what each page's app loads (not served: .vite/ is left out of the precache). */
export const PAGE_MODULES_FILE = '.vite/page-modules.json'
