import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { STORAGE_KEYS } from '../../../src/lib/device-storage'
import { DEFAULT_PREFERENCES, parsePreferences, usePreferencesStore } from '../../../src/stores/preferences'

describe('saved preferences', () => {
  it('are read back when valid', () => {
    expect(parsePreferences('{"textSize":"large","contrast":"high","furigana":false}')).toEqual({
      textSize: 'large',
      contrast: 'high',
      furigana: false,
    })
  })

  it('fall back to the defaults when missing or corrupt', () => {
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('"large"')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('null')).toEqual(DEFAULT_PREFERENCES)
  })

  it('keep each valid field and drop foreign values', () => {
    expect(parsePreferences('{"textSize":"huge<script>","contrast":"high"}')).toEqual({ textSize: 'standard', contrast: 'high', furigana: true })
  })
})

describe('saved preferences from a hostile or broken device', () => {
  it('take nothing from a __proto__ or constructor key, and pollute no prototype', () => {
    expect(parsePreferences('{"__proto__":{"textSize":"large","contrast":"high","furigana":false,"polluted":true}}')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('{"constructor":{"prototype":{"polluted":true}},"textSize":"constructor"}')).toEqual(DEFAULT_PREFERENCES)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accept only the exact values, of the exact types', () => {
    expect(parsePreferences('{"textSize":"LARGE","contrast":42,"furigana":"false"}')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('{"textSize":["large"],"contrast":{"0":"high"},"furigana":0}')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('["large","high",false]')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('42')).toEqual(DEFAULT_PREFERENCES)
  })

  it('shrug off a huge value', () => {
    expect(parsePreferences(`{"textSize":"${'x-large'.repeat(300_000)}"}`)).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('['.repeat(100_000))).toEqual(DEFAULT_PREFERENCES)
  })

  it('give a fresh object each time, so a change never alters the defaults', () => {
    const preferences = parsePreferences(null)
    preferences.textSize = 'x-large'
    expect(DEFAULT_PREFERENCES.textSize).toBe('standard')
  })
})

describe('the preferences store', () => {
  function fakeStorage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial))
    return {
      data,
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
    }
  }

  const fail = (name: string): never => {
    throw new DOMException('storage refused', name)
  }

  beforeEach(() => {
    setActivePinia(createPinia())
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('replaces a corrupt saved value with a valid one at the reader’s first change', async () => {
    const storage = fakeStorage({ [STORAGE_KEYS.preferences]: '{"textSize":"<script>","contrast":42' })
    vi.stubGlobal('localStorage', storage)
    const store = usePreferencesStore()
    store.restore()
    expect(store.textSize).toBe('standard')
    expect(storage.data.get(STORAGE_KEYS.preferences)).toBe('{"textSize":"<script>","contrast":42')
    store.textSize = 'large'
    await nextTick()
    expect(JSON.parse(storage.data.get(STORAGE_KEYS.preferences)!)).toEqual({ textSize: 'large', contrast: 'standard', furigana: true })
  })

  it.each([
    // Storage turned off or a private mode: every access fails.
    { problem: 'forbidden', getItem: () => fail('SecurityError'), setItem: () => fail('SecurityError') },
    // Storage full: reading works, saving fails.
    { problem: 'full', getItem: () => null, setItem: () => fail('QuotaExceededError') },
  ])('work for the visit when storage is $problem', async ({ getItem, setItem }) => {
    vi.stubGlobal('localStorage', { getItem, setItem })
    const store = usePreferencesStore()
    expect(() => store.restore()).not.toThrow()
    expect(store.textSize).toBe('standard')
    store.textSize = 'x-large'
    store.contrast = 'high'
    await nextTick()
    expect(store.textSize).toBe('x-large')
    expect(store.contrast).toBe('high')
  })

  it('works where there is no localStorage at all', () => {
    vi.stubGlobal('localStorage', undefined)
    const store = usePreferencesStore()
    expect(() => store.restore()).not.toThrow()
    expect(store.furigana).toBe(true)
  })
})
