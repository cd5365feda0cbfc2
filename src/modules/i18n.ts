/**
 * vue-i18n with messages precompiled at build time and loaded per locale, so
 * a reader downloads only the language they read.
 */
import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, type Locale } from './locales'
import type ja from '../../locales/ja.json'

export type MessageSchema = typeof ja

const loaders: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  ja: () => import('../../locales/ja.json'),
  'ja-easy': () => import('../../locales/ja-easy.json'),
  en: () => import('../../locales/en.json'),
}

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {} as Record<Locale, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

/**
 * The community-center and print strings (locales/community/): only staff pages, print views and
 * shared devices use them, so ordinary readers never download them.
 */
const communityLoaders: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  ja: () => import('../../locales/community/ja.json'),
  'ja-easy': () => import('../../locales/community/ja-easy.json'),
  en: () => import('../../locales/community/en.json'),
}
const communityLoaded = new WeakMap<AppI18n, Set<Locale>>()

export async function loadCommunityMessages(i18n: AppI18n, locale: Locale): Promise<void> {
  const loaded = communityLoaded.get(i18n) ?? new Set<Locale>()
  communityLoaded.set(i18n, loaded)
  if (loaded.has(locale)) return
  const messages = await communityLoaders[locale]()
  i18n.global.mergeLocaleMessage(locale, messages.default as MessageSchema)
  loaded.add(locale)
}

export async function setLocale(i18n: AppI18n, locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    const messages = await loaders[locale]()
    i18n.global.setLocaleMessage(locale, messages.default)
  }
  i18n.global.locale.value = locale
}
