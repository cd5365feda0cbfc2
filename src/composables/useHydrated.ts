import { onMounted, shallowRef } from 'vue'

/**
 * False while the page renders as it was prerendered, true once the app has taken it over. What only
 * the device knows (the address's query, saved settings, the network) waits for it, so hydration finds
 * the markup the build wrote. (VueUse's useMounted is the same few lines, but VueUse is one module: a
 * function of it in the layout would bring every VueUse function the app uses into every first load.)
 */
export function useHydrated() {
  const hydrated = shallowRef(false)
  onMounted(() => (hydrated.value = true))
  return hydrated
}
