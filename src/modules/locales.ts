/** The app's locales: the code in the URL, the HTML lang, and the key of plan texts. */
import type { ContentLanguage } from '@/data/schema'

export const LOCALES = ['ja', 'ja-easy', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'ja'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Both Japanese variants are Japanese to a browser and a screen reader. */
export const HTML_LANG: Record<Locale, 'ja' | 'en'> = { ja: 'ja', 'ja-easy': 'ja', en: 'en' }

export const CONTENT_LANGUAGE: Record<Locale, ContentLanguage> = { ja: 'ja', 'ja-easy': 'jaEasy', en: 'en' }

/** Each language names itself, so a reader who cannot read the current one still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { ja: '日本語', 'ja-easy': 'やさしい にほんご', en: 'English' }
