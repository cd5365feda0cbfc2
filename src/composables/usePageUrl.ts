import { onMounted, ref } from 'vue'
import { absolutePageUrl } from '@/lib/page-url'

/**
 * The full address of an app path (/ja/goals/goal-1) on the server the app
 * is running from: '' until mounted, since a build cannot know the origin it
 * will be served from.
 */
export function usePageUrl() {
  const origin = ref('')
  onMounted(() => (origin.value = window.location.origin))
  return (routePath: string): string => (origin.value ? absolutePageUrl(origin.value, import.meta.env.BASE_URL, routePath) : '')
}
