// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { CENTER_MODE_STORAGE_KEY } from '../../../src/modules/center-mode'
import { LOCALE_STORAGE_KEY, preferredLocale } from '../../../src/modules/locale-choice'
import { forgetVisitor } from '../../../src/modules/visitor-reset'
import { DEFAULT_PREFERENCES, PREFERENCES_STORAGE_KEY, usePreferencesStore } from '../../../src/stores/preferences'

describe('forgetting a visitor on a shared device', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  it('drops their text size, contrast and furigana, and the next visitor starts with the defaults', async () => {
    const visitor = usePreferencesStore()
    visitor.restore()
    visitor.textSize = 'x-large'
    visitor.contrast = 'high'
    visitor.furigana = false
    await nextTick()
    expect(localStorage.getItem(PREFERENCES_STORAGE_KEY)).toContain('x-large')

    forgetVisitor('ja-easy')

    setActivePinia(createPinia())
    const next = usePreferencesStore()
    next.restore()
    expect({ textSize: next.textSize, contrast: next.contrast, furigana: next.furigana }).toEqual(DEFAULT_PREFERENCES)
  })

  it('makes the center language the one the app opens in, whatever the visitor chose', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    forgetVisitor('ja-easy')
    expect(preferredLocale(['en-US'])).toBe('ja-easy')
  })

  it('keeps the center settings', () => {
    localStorage.setItem(CENTER_MODE_STORAGE_KEY, '{"enabled":true}')
    forgetVisitor('ja')
    expect(localStorage.getItem(CENTER_MODE_STORAGE_KEY)).toBe('{"enabled":true}')
  })

  it('does not fail on a device that forbids storage, or has none', () => {
    const deny = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    vi.stubGlobal('localStorage', { getItem: deny, setItem: deny, removeItem: deny })
    expect(() => forgetVisitor('ja')).not.toThrow()
    vi.stubGlobal('localStorage', undefined)
    expect(() => forgetVisitor('ja')).not.toThrow()
  })
})
