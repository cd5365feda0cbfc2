import { toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { pageHeadTags } from '@/lib/page-head'
import type { Goal } from '@/schema/plan'
import { SHARE_IMAGE_SIZE, shareImagePath } from '@/shared/share-images'
import { useLocale } from './useLocale'
import { usePlanParts } from './usePlan'
import { usePageHead } from './usePageHead'

export interface PageMeta {
  /** The page's own name; '' on the home page, which the app's name names. */
  title: MaybeRefOrGetter<string>
  /** What the page is about in its own words and language, plain text: its head's description, shortened for previews. */
  description: () => string
  /** The goal the page belongs to: a shared link previews with that goal's image; the app's otherwise. */
  goal?: () => Pick<Goal, 'id' | 'number' | 'title'> | undefined
  /** Print views, the staff page, not found: kept out of search engines and the sitemap. */
  noindex?: boolean
  /** schema.org JSON-LD (the About page's open data). */
  structuredData?: () => object
}

/**
 * A page's title and what its prerendered head says about it: description, canonical URL, its versions in
 * the other languages, and the tags link previews read (src/lib/page-head.ts). Everything but the title is
 * worked out at build time only (usePageHead); `description`, `goal` and `structuredData` are never called
 * in the browser.
 */
export function usePageMeta({ title, description, goal, noindex = false, structuredData }: PageMeta): void {
  const { t } = useI18n()
  const { locale, language, text } = useLocale()
  const route = useRoute()
  const { index } = usePlanParts()
  const documentTitle = () => {
    const own = toValue(title)
    return own ? `${own} | ${t('app.siteName')}` : t('app.siteName')
  }
  usePageHead({
    title: documentTitle,
    // Left out of the browser's bundle altogether (the build drops the branch, and with it src/lib/page-head.ts).
    forReaders: import.meta.env.SSR ? () => {
      const shownGoal = goal?.()
      return {
        ...pageHeadTags({
          site: { origin: __SITE_ORIGIN__, base: import.meta.env.BASE_URL },
          path: route.path,
          language: language.value,
          title: documentTitle(),
          ownTitle: toValue(title),
          siteName: t('app.siteName'),
          description: description(),
          image: {
            path: shareImagePath(shownGoal?.id, locale.value),
            // The words the image shows: the goal's number and title, or the plan's name.
            alt: shownGoal ? `${t('goal.label', { number: shownGoal.number })} ${text(shownGoal.title)}` : text(index.value.meta.title),
            ...SHARE_IMAGE_SIZE,
          },
          noindex,
        }),
        structuredData: structuredData?.(),
      }
    } : undefined,
  })
}
