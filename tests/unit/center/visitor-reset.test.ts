// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { forgetVisitor } from '../../../src/center/visitor-reset'
import { preferredLocale } from '../../../src/i18n/locale-choice'
import { STORAGE_KEYS } from '../../../src/lib/device-storage'
import { DEFAULT_PREFERENCES, usePreferencesStore } from '../../../src/stores/preferences'

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
    expect(localStorage.getItem(STORAGE_KEYS.preferences)).toContain('x-large')

    forgetVisitor('ja-easy')

    setActivePinia(createPinia())
    const next = usePreferencesStore()
    next.restore()
    expect({ textSize: next.textSize, contrast: next.contrast, furigana: next.furigana }).toEqual(DEFAULT_PREFERENCES)
  })

  it('makes the center language the one the app opens in, whatever the visitor chose', () => {
    localStorage.setItem(STORAGE_KEYS.locale, 'en')
    forgetVisitor('ja-easy')
    expect(preferredLocale(['en-US'])).toBe('ja-easy')
  })

  it('keeps the center settings', () => {
    localStorage.setItem(STORAGE_KEYS.centerMode, '{"enabled":true}')
    forgetVisitor('ja')
    expect(localStorage.getItem(STORAGE_KEYS.centerMode)).toBe('{"enabled":true}')
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
