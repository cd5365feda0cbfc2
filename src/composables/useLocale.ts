import { computed } from 'vue'
import { useRoute } from 'vue-router'
import { pickText } from '@/data/plan-texts'
import { flattenFuriganaSafely } from '@/lib/furigana'
import type { LocalizedText } from '@/schema/plan'
import { languageOf, localeOr, type Locale } from '@/shared/languages'
import { localePath, pagePath, type PageName, type PageParams } from '@/shared/page-paths'

/** The language in the current URL, a plan text as a plain string in it, and links to pages in it. */
export function useLocale() {
  const route = useRoute()
  const locale = computed<Locale>(() => localeOr(route.params.locale))
  const language = computed(() => languageOf(locale.value))

  /**
   * A plan text as a plain string in the current language (page titles, attributes, search):
   * readings dropped; Japanese where it has no words in this language yet.
   * Templates show plan texts with <PlanText>, which renders furigana.
   */
  function text(value: LocalizedText): string {
    const picked = pickText(value, locale.value).text
    return language.value.furigana ? flattenFuriganaSafely(picked, false) : picked
  }

  /** A page in the current language: to('goal', { goalId: 'goal-1' }) is /en/goals/goal-1 on an English page. */
  function to<Name extends PageName>(name: Name, params: PageParams<Name>, hash?: string): string {
    return localePath(locale.value, pagePath(name, params, hash))
  }

  return { locale, language, text, to }
}
