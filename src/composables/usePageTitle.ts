import { useHead } from '@unhead/vue'
import { computed, type MaybeRefOrGetter, toValue } from 'vue'

/** The page's <title>: its own name first, then the app's (set by the layout's title template). */
export function usePageTitle(title: MaybeRefOrGetter<string>) {
  useHead({ title: computed(() => toValue(title)) })
}
