/**
 * The app's languages: one row each. Everything that varies by language is
 * derived from this table (the routes, <html lang>, the language switch, the
 * plan's text keys, number formats, which messages and plan texts to load),
 * so adding a language starts here and the type checker names the rest.
 * Facts only, no loaders: the browser and the build both import it.
 */
export interface Language {
  /** In the URL (/ja-easy/…), in the device's storage, in vue-i18n, and in the plan's parts (plan-data/<code>/…, src/data/plan-parts.ts). */
  readonly code: string
  /** <html lang> and hreflang: both Japanese variants are Japanese to a browser and a screen reader. */
  readonly htmlLang: 'ja' | 'en'
  /** The key of this language's words in every plan text ({ ja, jaEasy, en } in src/data/plan/*.json). */
  readonly content: string
  /** The language's name in itself, so a reader who cannot read the current one still finds theirs. */
  readonly name: string
  /** OpenGraph's og:locale for a page in this language (language_TERRITORY, as link previews expect). */
  readonly ogLocale: 'ja_JP' | 'en_US'
  /** The Intl locale that formats numbers. */
  readonly numberLocale: string
  /** UI strings: locales/<messages>.json, and locales/community/<messages>.json for staff and print pages. */
  readonly messages: string
  /** Written with readings over kanji, as {漢字|かんじ} markup (rendered as <ruby>). */
  readonly furigana: boolean
}

export const LANGUAGES = [
  { code: 'ja', htmlLang: 'ja', content: 'ja', name: '日本語', ogLocale: 'ja_JP', numberLocale: 'ja-JP', messages: 'ja', furigana: false },
  {
    code: 'ja-easy',
    htmlLang: 'ja',
    content: 'jaEasy',
    name: 'やさしい にほんご',
    ogLocale: 'ja_JP',
    numberLocale: 'ja-JP',
    messages: 'ja-easy',
    furigana: true,
  },
  { code: 'en', htmlLang: 'en', content: 'en', name: 'English', ogLocale: 'en_US', numberLocale: 'en-US', messages: 'en', furigana: false },
] as const satisfies readonly Language[]

export type LanguageRow = (typeof LANGUAGES)[number]
export type Locale = LanguageRow['code']
/** The key of a language in the plan's texts. */
export type ContentLanguage = LanguageRow['content']

export const LOCALES: readonly Locale[] = LANGUAGES.map((language) => language.code)
export const CONTENT_LANGUAGES: readonly ContentLanguage[] = LANGUAGES.map((language) => language.content)

/** The plan's own language: the fallback for every text and the language of the site root's first guess. */
export const DEFAULT_LOCALE = 'ja' satisfies Locale

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The locale a route parameter names, or the default for a page outside any language (the site's 404). */
export function localeOr(value: unknown, fallback: Locale = DEFAULT_LOCALE): Locale {
  return isLocale(value) ? value : fallback
}

const BY_CODE = new Map<Locale, LanguageRow>(LANGUAGES.map((language) => [language.code, language]))

export function languageOf(locale: Locale): LanguageRow {
  // Every Locale is a row of the table (the type is derived from it).
  return BY_CODE.get(locale)!
}
