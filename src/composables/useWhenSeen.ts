import { useIntersectionObserver, useTimeoutFn } from '@vueuse/core'
import type { Ref } from 'vue'

/**
 * Runs `wake` once the element has been on screen: at once when `urgent()` (nothing is shown in its
 * place), else when the page has been quiet for `delayMs` and then the browser is idle, so waking
 * never competes with the page's own start on a slow phone.
 */
export function useWhenSeen(target: Ref<HTMLElement | null>, wake: () => void, { urgent, delayMs }: { urgent: () => boolean; delayMs: number }) {
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(wake, { timeout: 2000 }) : wake())
  const idleTimer = useTimeoutFn(whenIdle, delayMs, { immediate: false })
  const { stop } = useIntersectionObserver(target, (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return
    stop()
    if (urgent()) wake()
    else idleTimer.start()
  })
  /** Stops waiting (the element woke for another reason, e.g. a touch). */
  return () => {
    stop()
    idleTimer.stop()
  }
}
