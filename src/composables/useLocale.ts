import { computed } from 'vue'
import { useRoute } from 'vue-router'
import type { LocalizedText } from '@/data/schema'
import { flattenFuriganaSafely as safeFlatten } from '@/lib/furigana'
import { CONTENT_LANGUAGE, DEFAULT_LOCALE, isLocale, type Locale } from '@/modules/locales'

/** The locale in the current URL, and how to read a plan text in it. */
export function useLocale() {
  const route = useRoute()
  const locale = computed<Locale>(() => (isLocale(route.params.locale) ? route.params.locale : DEFAULT_LOCALE))

  /**
   * A plan text as a plain string in the current language (for page titles,
   * attributes and search); Japanese where the translation is still missing.
   * Templates show plan texts with <PlanText>, which renders furigana.
   */
  function text(value: LocalizedText): string {
    const translated = value[CONTENT_LANGUAGE[locale.value]]
    if (!translated) return value.ja
    return locale.value === 'ja-easy' ? safeFlatten(translated, false) : translated
  }

  /** The same, with readings in parentheses in easy Japanese: for chart labels and tooltips, where ruby cannot render. */
  function textWithReadings(value: LocalizedText): string {
    const translated = value[CONTENT_LANGUAGE[locale.value]]
    if (!translated) return value.ja
    return locale.value === 'ja-easy' ? safeFlatten(translated, true) : translated
  }

  /** A path inside the current locale: localePath('goals/goal-1') → /en/goals/goal-1. */
  function localePath(path = ''): string {
    return `/${locale.value}${path ? `/${path}` : ''}`
  }

  return { locale, text, textWithReadings, localePath }
}
