import { useIntersectionObserver } from '@vueuse/core'
import type { Ref } from 'vue'

/** Runs `wake` once, as soon as the element is on screen. Returns a function that stops waiting (it woke for another reason). */
export function useWhenSeen(target: Ref<HTMLElement | null>, wake: () => void): () => void {
  const { stop } = useIntersectionObserver(target, (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return
    stop()
    wake()
  })
  return stop
}
