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

export async function setLocale(i18n: AppI18n, locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    const messages = await loaders[locale]()
    i18n.global.setLocaleMessage(locale, messages.default)
  }
  i18n.global.locale.value = locale
}
