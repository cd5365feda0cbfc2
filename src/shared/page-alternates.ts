/**
 * A page's versions in the app's languages, as page heads (<link rel="alternate" hreflang>) and the
 * sitemap (<xhtml:link>) both name them. hreflang is the language's `htmlLang`: Japanese and easy
 * Japanese are both `ja` (search engines take ISO 639 codes and regions only; docs/SEO.md says why),
 * told apart by their own URLs and titles. `x-default`, for readers of any other language, is the
 * site root, which opens the reader's language or lets them choose it.
 */
import { LANGUAGES, isLocale } from './languages'
import { samePathIn } from './page-paths'

export interface LanguageVersion {
  hreflang: string
  /** An address of the app: /en/goals/goal-1. */
  path: string
}

export const LANGUAGE_CHOOSER_PATH = '/'
/** Prerendered as 404.html, which static hosts serve for any unknown address. */
export const NOT_FOUND_PATH = '/404'

/** The language versions of an app path (the site root too), itself included; none for a path outside every language (/404). */
export function languageVersionsOf(path: string): LanguageVersion[] {
  const first = path.split('/').filter(Boolean)[0]
  const isChooser = path.replace(/\/+$/, '') === ''
  if (!isChooser && !isLocale(first)) return []
  return [
    ...LANGUAGES.map((language) => ({ hreflang: language.htmlLang, path: isChooser ? `/${language.code}` : samePathIn(path, language.code) })),
    { hreflang: 'x-default', path: LANGUAGE_CHOOSER_PATH },
  ]
}
