import { useIdle, useIntervalFn } from '@vueuse/core'
import { ref, watch } from 'vue'

export interface IdleCountdownOptions {
  /** How long without any of `events` before the countdown starts. */
  idleMs: number
  /** The countdown's length, in whole seconds. */
  countdownSeconds: number
  /** What counts as someone still there. */
  events: readonly (keyof WindowEventMap)[]
  /** Called once, when the countdown reaches zero. */
  onExpire: () => void
}

/**
 * A shared device's idle watch (VueUse's useIdle) with a visible countdown after it: `secondsLeft`
 * is null while someone is there, then counts down each second; any of `events` stops it and starts
 * the wait again; at zero, `onExpire` runs once.
 */
export function useIdleCountdown({ idleMs, countdownSeconds, events, onExpire }: IdleCountdownOptions) {
  const { idle } = useIdle(idleMs, { events: [...events] })
  const secondsLeft = ref<number | null>(null)
  const ticker = useIntervalFn(
    () => {
      if (secondsLeft.value === null) return
      secondsLeft.value -= 1
      if (secondsLeft.value > 0) return
      ticker.pause()
      secondsLeft.value = null
      onExpire()
    },
    1000,
    { immediate: false },
  )
  // In step with the idle state (not at the next render): the countdown's seconds start when the wait ends.
  watch(
    idle,
    (isIdle) => {
      ticker.pause()
      secondsLeft.value = isIdle ? countdownSeconds : null
      if (isIdle) ticker.resume()
    },
    { flush: 'sync' },
  )
  return { secondsLeft }
}
