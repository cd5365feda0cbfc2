import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIdleTimer } from '../../../src/lib/idle-timer'

function setup(idleMs = 120_000, countdownMs = 15_000) {
  const events: string[] = []
  const timer = createIdleTimer({
    idleMs,
    countdownMs,
    onCountdown: (seconds) => events.push(`countdown ${seconds}`),
    onCancel: () => events.push('cancel'),
    onExpire: () => events.push('expire'),
  })
  return { timer, events }
}

describe('the community-center idle timer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits the whole idle period before showing anything', () => {
    const { timer, events } = setup()
    timer.activity()
    vi.advanceTimersByTime(119_999)
    expect(events).toEqual([])
    expect(timer.counting).toBe(false)
    vi.advanceTimersByTime(1)
    expect(events).toEqual(['countdown 15'])
    expect(timer.counting).toBe(true)
  })

  it('counts down each second and expires once, after the countdown', () => {
    const { timer, events } = setup(60_000, 3_000)
    timer.activity()
    vi.advanceTimersByTime(60_000 + 3_000)
    expect(events).toEqual(['countdown 3', 'countdown 2', 'countdown 1', 'expire'])
    vi.advanceTimersByTime(600_000)
    expect(events.filter((event) => event === 'expire')).toHaveLength(1)
    expect(timer.counting).toBe(false)
  })

  it('restarts the wait on every touch, so a reader who keeps reading is never interrupted', () => {
    const { timer, events } = setup(60_000)
    timer.activity()
    for (let minute = 0; minute < 10; minute += 1) {
      vi.advanceTimersByTime(59_000)
      timer.activity()
    }
    expect(events).toEqual([])
  })

  it('is cancelled by a touch during the countdown, and then waits the whole period again', () => {
    const { timer, events } = setup(60_000, 15_000)
    timer.activity()
    vi.advanceTimersByTime(60_000 + 5_000)
    timer.activity()
    expect(events.at(-1)).toBe('cancel')
    expect(timer.counting).toBe(false)
    vi.advanceTimersByTime(59_999)
    expect(events).not.toContain('expire')
    expect(events.filter((event) => event === 'countdown 15')).toHaveLength(1)
    vi.advanceTimersByTime(1 + 15_000)
    expect(events.at(-1)).toBe('expire')
  })

  it('does nothing once stopped (the mode turned off)', () => {
    const { timer, events } = setup(1_000, 1_000)
    timer.activity()
    timer.stop()
    vi.advanceTimersByTime(60_000)
    expect(events).toEqual([])
  })
})
