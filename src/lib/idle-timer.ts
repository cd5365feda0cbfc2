/**
 * The community-center idle timer: after `idleMs` without activity it starts
 * a visible countdown of `countdownMs`, which any activity cancels; when the
 * countdown runs out, `onExpire` is called once. Plain timers, no DOM: the
 * component that owns it decides what counts as activity.
 */
export interface IdleTimerOptions {
  idleMs: number
  countdownMs: number
  /** Each whole second of the countdown, from countdownMs/1000 down to 1. */
  onCountdown: (secondsLeft: number) => void
  /** Activity interrupted a running countdown. */
  onCancel: () => void
  onExpire: () => void
}

export interface IdleTimer {
  /** Call on every touch, key, scroll: restarts the wait and cancels a countdown. */
  activity: () => void
  /** Stops everything; the timer can be started again with activity(). */
  stop: () => void
  readonly counting: boolean
}

const SECOND = 1000

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  let idleTimeout: ReturnType<typeof setTimeout> | undefined
  let tick: ReturnType<typeof setInterval> | undefined
  let counting = false

  function clear(): void {
    clearTimeout(idleTimeout)
    clearInterval(tick)
    idleTimeout = undefined
    tick = undefined
  }

  function startCountdown(): void {
    counting = true
    let secondsLeft = Math.max(1, Math.ceil(options.countdownMs / SECOND))
    options.onCountdown(secondsLeft)
    tick = setInterval(() => {
      secondsLeft -= 1
      if (secondsLeft > 0) {
        options.onCountdown(secondsLeft)
        return
      }
      clear()
      counting = false
      options.onExpire()
    }, SECOND)
  }

  function activity(): void {
    const wasCounting = counting
    clear()
    counting = false
    if (wasCounting) options.onCancel()
    idleTimeout = setTimeout(startCountdown, options.idleMs)
  }

  function stop(): void {
    clear()
    counting = false
  }

  return {
    activity,
    stop,
    get counting() {
      return counting
    },
  }
}
