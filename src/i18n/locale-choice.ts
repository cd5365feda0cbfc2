/**
 * Which language to open the app in: the reader's last choice on this
 * device, else the browser's languages, else Japanese. Storage may be
 * missing or hold anything; neither breaks the choice.
 */
import { keepSaved, readSaved, STORAGE_KEYS } from '@/lib/device-storage'
import { DEFAULT_LOCALE, isLocale, LANGUAGES, type Locale } from '@/shared/languages'

const LOCALE_STORAGE_KEY = STORAGE_KEYS.locale

/** Where the device cannot keep it (private modes), the choice lasts for this visit. */
export function rememberLocale(locale: Locale): void {
  keepSaved(LOCALE_STORAGE_KEY, locale)
}

export function rememberedLocale(): Locale | undefined {
  const saved = readSaved(LOCALE_STORAGE_KEY)
  return isLocale(saved) ? saved : undefined
}

/**
 * The first of the browser's languages we speak: the table's first language with that `lang`
 * (so Japanese, never easy Japanese, which readers choose and the app never guesses).
 */
export function localeFromBrowser(languages: readonly string[]): Locale | undefined {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0]
    const match = LANGUAGES.find((candidate) => candidate.htmlLang === primary)
    if (match) return match.code
  }
  return undefined
}

export function preferredLocale(languages: readonly string[]): Locale {
  return rememberedLocale() ?? localeFromBrowser(languages) ?? DEFAULT_LOCALE
}

/** A first path segment that looks like a language code we do not have (fr, zh-CN, pt-br). */
export function looksLikeUnknownLocale(segment: string): boolean {
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(segment) && !isLocale(segment)
}
