// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
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

  it('drops their text size, contrast and furigana, and the next visitor starts with the defaults', async () => {
    const visitor = usePreferencesStore()
    visitor.restore()
    visitor.textSize = 'x-large'
    visitor.contrast = 'high'
    visitor.furigana = false
    await nextTick()
    expect(localStorage.getItem(PREFERENCES_STORAGE_KEY)).toContain('x-large')

    forgetVisitor(localStorage, 'ja-easy')

    setActivePinia(createPinia())
    const next = usePreferencesStore()
    next.restore()
    expect({ textSize: next.textSize, contrast: next.contrast, furigana: next.furigana }).toEqual(DEFAULT_PREFERENCES)
  })

  it('makes the center language the one the app opens in, whatever the visitor chose', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    forgetVisitor(localStorage, 'ja-easy')
    expect(preferredLocale(['en-US'])).toBe('ja-easy')
  })

  it('keeps the center settings', () => {
    localStorage.setItem(CENTER_MODE_STORAGE_KEY, '{"enabled":true}')
    forgetVisitor(localStorage, 'ja')
    expect(localStorage.getItem(CENTER_MODE_STORAGE_KEY)).toBe('{"enabled":true}')
  })

  it('does not fail on a device that forbids storage', () => {
    const forbidden = {
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    }
    expect(() => forgetVisitor(forbidden, 'ja')).not.toThrow()
    expect(() => forgetVisitor(undefined, 'ja')).not.toThrow()
  })
})
