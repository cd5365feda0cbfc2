import { useHead } from '@unhead/vue'
import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'

export interface PageHead {
  /** The document's title, whole (the page's name and the app's). */
  title?: MaybeRefOrGetter<string>
  /** Keep the page out of search engines (print views, the staff page, not found). */
  noindex?: boolean
  /** <html lang> and class: the layout's (the language, the reader's display choices); a class of undefined is left as it is. */
  htmlAttrs?: { lang: MaybeRefOrGetter<string>; class?: MaybeRefOrGetter<string | undefined> }
}

/**
 * The page's head. At build time unhead writes all of it into the prerendered page; in the browser only
 * what can change while the app runs is kept up to date, directly: the title (after a navigation inside
 * the app) and <html>'s lang and class (a language switch, the reader's display choices). unhead's
 * browser renderer stays out of every phone's first download (2.2 KB gzip of the 60 KB budget).
 */
export function usePageHead({ title, noindex, htmlAttrs }: PageHead): void {
  if (import.meta.env.SSR) {
    useHead({
      title: title === undefined ? undefined : () => toValue(title),
      meta: noindex ? [{ name: 'robots', content: 'noindex' }] : [],
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
