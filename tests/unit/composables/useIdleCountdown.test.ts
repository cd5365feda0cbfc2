// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { useIdleCountdown } from '../../../src/composables/useIdleCountdown'

/** A shared device's idle watch, run outside any component (as a composable runs in the guard's setup). */
function watchDevice(idleMs = 120_000, countdownSeconds = 15) {
  const expiries: number[] = []
  const scope = effectScope()
  const { secondsLeft } = scope.run(() =>
    useIdleCountdown({ idleMs, countdownSeconds, events: ['pointerdown', 'keydown'], onExpire: () => expiries.push(Date.now()) }),
  )!
  return { secondsLeft, expiries, scope }
}

/** Lets time pass, then lets Vue's watchers run. */
async function pass(ms: number): Promise<void> {
  vi.advanceTimersByTime(ms)
  await nextTick()
}

const touch = async () => {
  window.dispatchEvent(new Event('pointerdown'))
  await nextTick()
}

describe('the community-center idle countdown', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits the whole idle period before showing anything', async () => {
    const { secondsLeft, scope } = watchDevice()
    await pass(119_999)
    expect(secondsLeft.value).toBeNull()
    await pass(1)
    expect(secondsLeft.value).toBe(15)
    scope.stop()
  })

  it('counts down each second and expires once, when it reaches zero', async () => {
    const { secondsLeft, expiries, scope } = watchDevice(60_000, 3)
    await pass(60_000)
    const seen = [secondsLeft.value]
    for (let second = 0; second < 3; second++) {
      await pass(1000)
      seen.push(secondsLeft.value)
    }
    expect(seen).toEqual([3, 2, 1, null])
    expect(expiries).toHaveLength(1)
    await pass(600_000)
    expect(expiries).toHaveLength(1)
    scope.stop()
  })

  it('restarts the wait on any activity before the countdown', async () => {
    const { secondsLeft, scope } = watchDevice(60_000)
    await pass(59_000)
    await touch()
    await pass(59_000)
    expect(secondsLeft.value).toBeNull()
    await pass(1000)
    expect(secondsLeft.value).toBe(15)
    scope.stop()
  })

  it('stops the countdown on a touch, and counts the whole wait again after it', async () => {
    const { secondsLeft, expiries, scope } = watchDevice(60_000, 15)
    await pass(60_000 + 5_000)
    expect(secondsLeft.value).toBe(10)
    await touch()
    expect(secondsLeft.value).toBeNull()
    await pass(59_000)
    expect(secondsLeft.value).toBeNull()
    await pass(1000)
    expect(secondsLeft.value).toBe(15)
    expect(expiries).toEqual([])
    scope.stop()
  })

  it('stops everything when its owner goes away', async () => {
    const { secondsLeft, expiries, scope } = watchDevice(60_000, 3)
    scope.stop()
    await pass(600_000)
    expect(secondsLeft.value).toBeNull()
    expect(expiries).toEqual([])
  })
})
