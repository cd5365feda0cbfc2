import { useHead } from '@unhead/vue'
import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import type { PageHeadTags } from '@/lib/page-head'

export interface PageHead {
  /** The document's title, whole (the page's name and the app's). */
  title?: MaybeRefOrGetter<string>
  /** <html lang> and class: the layout's (the language, the reader's display choices); a class of undefined is left as it is. */
  htmlAttrs?: { lang: MaybeRefOrGetter<string>; class?: MaybeRefOrGetter<string | undefined> }
  /**
   * What the prerendered page tells search engines and link previews (src/lib/page-head.ts), and its
   * structured data (schema.org JSON-LD). Read at build time only: they read the page as the server sends it.
   */
  forReaders?: () => PageHeadTags & { structuredData?: object }
}

/**
 * The page's head. At build time unhead writes all of it into the prerendered page; in the browser only
 * what can change while the app runs is kept up to date, directly: the title (after a navigation inside
 * the app) and <html>'s lang and class (a language switch, the reader's display choices). unhead's
 * browser renderer stays out of every phone's first download (2.2 KB gzip of the 60 KB budget), and so
 * does what only crawlers read: a link shared from a page reached inside the app is fetched afresh by
 * the service that previews it, and gets that page's own prerendered head.
 */
export function usePageHead({ title, htmlAttrs, forReaders }: PageHead): void {
  if (import.meta.env.SSR) {
    const head = forReaders?.()
    useHead({
      title: title === undefined ? undefined : () => toValue(title),
      meta: head?.meta ?? [],
      link: head?.link ?? [],
      // A data block, never run: the Content-Security-Policy's script-src does not apply to it. JSON.stringify
      // leaves "<" as it is, so "</script>" in a text would end the block: written as \u003c instead.
      script: head?.structuredData
        ? [{ type: 'application/ld+json', innerHTML: JSON.stringify(head.structuredData).replace(/</g, '\\u003c') }]
        : [],
      htmlAttrs: htmlAttrs && { lang: () => toValue(htmlAttrs.lang), class: () => toValue(htmlAttrs.class) ?? '' },
    })
    return
  }
  // Only what differs is written: setting <html lang> even to the value it has makes Blink work out the
  // whole page's style again (≈ 10 ms on an easy-Japanese initiative page here, ×4 on a slow phone),
  // and on the first page every value is the one the build wrote.
  watchEffect(() => {
    const root = document.documentElement
    if (title !== undefined && document.title !== toValue(title)) document.title = toValue(title)
    if (htmlAttrs) {
      if (root.lang !== toValue(htmlAttrs.lang)) root.lang = toValue(htmlAttrs.lang)
      const className = toValue(htmlAttrs.class)
      if (className !== undefined && root.className !== className) root.className = className
    }
  })
}
