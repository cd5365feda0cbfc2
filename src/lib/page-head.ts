/**
 * What a page's head tells those who read only the head: search engines (description, canonical URL,
 * language versions, noindex) and link previews in LINE, X, Facebook and others (OpenGraph and Twitter
 * card tags). Written into every prerendered page at build time (src/composables/usePageHead.ts); the
 * browser never runs it. Pure, so that it is tested without a build.
 */
// Relative imports: the build's accessibility page (src/node/plugins) writes its head with this too.
import { LANGUAGES, type LanguageRow } from '../shared/languages'
import { NOT_FOUND_PATH } from '../shared/page-alternates'
import { absolutePageUrl } from './page-url'

export interface PageHeadInput {
  /** Where the site is published (SITE_URL) and its base path (BASE_PATH). */
  site: { origin: string; base: string }
  /** The page's address in the app, /ja/goals/goal-1, or a published file's, /accessibility.html. */
  path: string
  /** The language the page is written in; undefined for the site root, which speaks all three. */
  language: LanguageRow | undefined
  /** The whole document title. */
  title: string
  /** The page's own name for previews ('' on the home page, which the site's name names). */
  ownTitle: string
  siteName: string
  /** Plain text (no furigana markup), any length: shortened here to what a preview shows. */
  description: string
  /** The share image: its path inside the site (share/goal-1-ja.png) and what it shows, in words. */
  image: { path: string; alt: string; width: number; height: number }
  /** Kept out of search engines (print views, the staff page, not found). */
  noindex: boolean
}

type Meta = { name: string; content: string } | { property: string; content: string }
export interface PageHeadTags {
  meta: Meta[]
  link: { rel: string; href: string }[]
}

/** What previews show before they cut: about 120 characters of Japanese, 160 of English. */
export const DESCRIPTION_LENGTH = { ja: 120, en: 160 } as const

/**
 * A text shortened for a preview: whole sentences while they fit; when the first alone is too long, cut
 * at the last word that fits (any character in Japanese) and marked with an ellipsis.
 */
export function previewDescription(text: string, lang: 'ja' | 'en'): string {
  const max = DESCRIPTION_LENGTH[lang]
  const plain = text.replace(/\s+/g, ' ').trim()
  const characters = [...plain]
  if (characters.length <= max) return plain
  const sentences = lang === 'ja' ? plain.match(/[^。！？]+[。！？]?/gu) ?? [] : plain.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)\s*/g) ?? []
  let kept = ''
  for (const sentence of sentences) {
    if ([...(kept + sentence).trimEnd()].length > max) break
    kept += sentence
  }
  if (kept.trim()) return kept.trim()
  const room = characters.slice(0, max - 1).join('')
  const cut = lang === 'en' ? room.replace(/\s+\S*$/, '') : room
  return `${cut.replace(/[\s,、，：:;；]+$/u, '')}…`
}

export function pageHeadTags(input: PageHeadInput): PageHeadTags {
  const url = (path: string) => absolutePageUrl(input.site.origin, input.site.base, path)
  const description = previewDescription(input.description, input.language?.htmlLang ?? 'ja')
  const ogTitle = input.ownTitle || input.siteName
  const image = url(input.image.path)
  const pageUrl = url(input.path)
  const ogLocale = input.language?.ogLocale ?? 'ja_JP'
  const otherOgLocales = [...new Set(LANGUAGES.map((language) => language.ogLocale))].filter((locale) => locale !== ogLocale)
  // 404.html, served for any unknown address, names no URL of its own.
  const hasOwnUrl = input.path !== NOT_FOUND_PATH
  return {
    meta: [
      { name: 'description', content: description },
      ...(input.noindex ? [{ name: 'robots', content: 'noindex' }] : []),
      { property: 'og:type', content: 'website' },
      { property: 'og:site_name', content: input.siteName },
      { property: 'og:title', content: ogTitle },
      { property: 'og:description', content: description },
      ...(hasOwnUrl ? [{ property: 'og:url', content: pageUrl }] : []),
      { property: 'og:locale', content: ogLocale },
      ...otherOgLocales.map((locale) => ({ property: 'og:locale:alternate', content: locale })),
      { property: 'og:image', content: image },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(input.image.width) },
      { property: 'og:image:height', content: String(input.image.height) },
      { property: 'og:image:alt', content: input.image.alt },
      // X reads og:title, og:description and og:image where its own twitter:title, … are missing: only the card's
      // kind is its own. Writing both would add ≈ 0.7 KB to each of the 250 pages every first visit precaches.
      { name: 'twitter:card', content: 'summary_large_image' },
    ],
    // The language versions (<link rel="alternate" hreflang>) are written by the build beside the sitemap's
    // (src/node/sitemap.ts): unhead keeps one link per hreflang, and Japanese and easy Japanese are both `ja`.
    link: hasOwnUrl ? [{ rel: 'canonical', href: pageUrl }] : [],
  }
}
