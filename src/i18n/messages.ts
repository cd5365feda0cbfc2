/**
 * vue-i18n, with UI strings precompiled at build time (no message compiler, no eval in the browser)
 * and loaded one language at a time: a reader downloads only the language they read. Which file
 * holds a language's strings is in its row of src/shared/languages.ts.
 *
 * A language's strings come in three sets, each loaded where it is shown (src/router/guards.ts):
 * - 'app' (locales/<language>.json): the layout every page sits in, and the home, with every string
 *   the home's parts use (the goal cards' `initiative.sdgs` and `sdgs.goal` among them);
 * - 'pages' (locales/pages/<language>.json): every other page's (initiative, KPI, schedule, search, about, …).
 *   Split off because a first visit to the home, the page most readers open first, then downloads half
 *   the strings (≈ 1.7 KB gzip instead of 3.7: the home's first load is budgeted, docs/PERFORMANCE.md);
 * - 'community' (locales/community/<language>.json): the staff page, print views and shared devices;
 * - 'head' (locales/head/<language>.json): what only a page's prerendered head says (descriptions of list
 *   pages, the open data's name), loaded while prerendering and never by a browser.
 * A group may be split between sets key by key (`initiative`, `sdgs`); no key is in two sets
 * (tests/unit/locales.test.ts), and a page that shows a string its sets do not hold fails the build.
 */
import { markRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, languageOf, type Locale } from '@/shared/languages'
import type ja from '../../locales/ja.json'
import type jaPages from '../../locales/pages/ja.json'
import type jaHead from '../../locales/head/ja.json'

export type MessageSchema = typeof ja & typeof jaPages & typeof jaHead
type MessageModule = { default: MessageSchema }

// Lazy: each file becomes a chunk of its own, fetched when its language is first shown.
const appMessages = import.meta.glob<MessageModule>('../../locales/*.json')
/** Every page's strings but the layout's and the home's. */
const pageMessages = import.meta.glob<MessageModule>('../../locales/pages/*.json')
/** Staff-page and print strings: only the staff page, print views and shared devices use them. */
const communityMessages = import.meta.glob<MessageModule>('../../locales/community/*.json')
/** Read by search engines and link previews only: the browser's build has none of them. */
const headMessages = import.meta.env.SSR ? import.meta.glob<MessageModule>('../../locales/head/*.json') : {}

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {} as Record<Locale, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
    missing: reportMissingString,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

/**
 * A string the page asked for that its loaded sets do not hold: prerendering stops, naming it (the page would
 * otherwise show the key, e.g. "kpi.target", to every reader); in the browser it is logged (the browser tests
 * fail on any console error) and the reader sees the key rather than nothing.
 */
function reportMissingString(locale: string, key: string): void {
  const problem = `UI string "${key}" is not loaded for ${locale}: add it to the set its page loads (src/i18n/messages.ts says which).`
  if (import.meta.env.SSR) throw new Error(problem)
  console.error(problem)
}

export type MessageSet = 'app' | 'pages' | 'community' | 'head'
const FOLDERS: Record<MessageSet, { files: Record<string, () => Promise<MessageModule>>; folder: string }> = {
  app: { files: appMessages, folder: '../../locales/' },
  pages: { files: pageMessages, folder: '../../locales/pages/' },
  community: { files: communityMessages, folder: '../../locales/community/' },
  head: { files: headMessages, folder: '../../locales/head/' },
}
/** Which sets each app instance (one per prerendered page, one in the browser) holds, per language. */
const loaded = new WeakMap<AppI18n, Set<string>>()

/**
 * A set of UI strings in a language, once per app (the sets are described at the top of this file). The
 * locale itself follows the route (src/router/guards.ts).
 */
export async function loadMessages(i18n: AppI18n, locale: Locale, set: MessageSet = 'app'): Promise<void> {
  const held = loaded.get(i18n) ?? new Set<string>()
  loaded.set(i18n, held)
  if (held.has(`${set}:${locale}`)) return
  const { files, folder } = FOLDERS[set]
  const file = `${folder}${languageOf(locale).messages}.json`
  const load = files[file]
  if (!load) throw new Error(`No ${set} UI strings for ${locale}: ${file} is missing`)
  const messages = (await load()).default
  // Both sets share the language's message table, whichever arrives first. The table is never changed in
  // place, only replaced, so it is kept out of Vue's reactivity (markRaw): vue-i18n's own merge copies it
  // into a deeply reactive object, key by key, which on a slow phone held the first page for ~70 ms, and
  // then every translation walked that reactive copy.
  const heldTable: MessageTable = i18n.global.getLocaleMessage(locale)
  i18n.global.setLocaleMessage(locale, markRaw(mergeMessageTables(heldTable, messages as unknown as MessageTable)) as unknown as MessageSchema)
  held.add(`${set}:${locale}`)
}

export type MessageTable = { [key: string]: unknown }

/** A group of messages, as opposed to one message (compiled at build time to an AST node, `{ t: <type>, … }`). */
const isGroup = (value: unknown): value is MessageTable =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as MessageTable).t !== 'number'

/** A new table with both sets' messages (the app's and the community strings share groups such as `center`). */
export function mergeMessageTables(held: MessageTable, added: MessageTable): MessageTable {
  const merged: MessageTable = { ...held }
  for (const [key, value] of Object.entries(added)) {
    const before = merged[key]
    merged[key] = isGroup(before) && isGroup(value) ? mergeMessageTables(before, value) : value
  }
  return merged
}
