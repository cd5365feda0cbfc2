import { computed } from 'vue'
import { useRoute } from 'vue-router'
import type { LocalizedText } from '@/data/schema'
import { CONTENT_LANGUAGE, DEFAULT_LOCALE, isLocale, type Locale } from '@/modules/locales'

/** The locale in the current URL, and how to read a plan text in it. */
export function useLocale() {
  const route = useRoute()
  const locale = computed<Locale>(() => (isLocale(route.params.locale) ? route.params.locale : DEFAULT_LOCALE))

  /** A plan text in the current language; Japanese where the translation is still missing. */
  function text(value: LocalizedText): string {
    return value[CONTENT_LANGUAGE[locale.value]] || value.ja
  }

  /** A path inside the current locale: localePath('goals/goal-1') → /en/goals/goal-1. */
  function localePath(path = ''): string {
    return `/${locale.value}${path ? `/${path}` : ''}`
  }

  return { locale, text, localePath }
}
