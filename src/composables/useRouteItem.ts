import { computed, type ComputedRef } from 'vue'
import { useRoute } from 'vue-router'

/**
 * The part of the plan a page's address names (its goal, initiative, KPI or SDG), or undefined when
 * the address names none: the page then shows the not-found page (<PageOrNotFound>).
 */
export function useRouteItem<T>(param: string, find: (id: string) => T | undefined): ComputedRef<T | undefined> {
  const route = useRoute()
  return computed(() => {
    const id = route.params[param]
    return typeof id === 'string' ? find(id) : undefined
  })
}
