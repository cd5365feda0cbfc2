import { toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import { usePageHead } from './usePageHead'

/** The page's <title>: its own name first, then the app's ('' for the app's name alone, as on the home page). */
export function usePageTitle(title: MaybeRefOrGetter<string>, { noindex = false } = {}) {
  const { t } = useI18n()
  usePageHead({
    title: () => {
      const own = toValue(title)
      return own ? `${own} | ${t('app.name')}` : t('app.name')
    },
    noindex,
  })
}
