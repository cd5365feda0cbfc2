import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  localeFromBrowser,
  looksLikeUnknownLocale,
  preferredLocale,
  rememberLocale,
} from '../../../src/i18n/locale-choice'
import { STORAGE_KEYS } from '../../../src/lib/device-storage'

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('choosing the language a reader first sees', () => {
  it('takes the first browser language the app speaks', () => {
    expect(localeFromBrowser(['fr-FR', 'en-GB', 'ja'])).toBe('en')
    expect(localeFromBrowser(['ja-JP', 'en-US'])).toBe('ja')
    expect(localeFromBrowser(['vi', 'pt-BR'])).toBeUndefined()
  })

  it('defaults to Japanese', () => {
    vi.stubGlobal('localStorage', fakeStorage())
    expect(preferredLocale(['vi'])).toBe('ja')
  })

  it('prefers the reader’s remembered choice, easy Japanese included', () => {
    vi.stubGlobal('localStorage', fakeStorage())
    rememberLocale('ja-easy')
    expect(preferredLocale(['en-US'])).toBe('ja-easy')
  })

  it('ignores a foreign saved value and works without storage', () => {
    vi.stubGlobal('localStorage', fakeStorage({ [STORAGE_KEYS.locale]: '<script>' }))
    expect(preferredLocale(['en'])).toBe('en')
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('SecurityError')
      },
    })
    expect(() => rememberLocale('en')).not.toThrow()
    expect(preferredLocale(['en'])).toBe('en')
  })
})

describe('unknown locales in a URL', () => {
  it('are told apart from our locales and from other paths', () => {
    expect(looksLikeUnknownLocale('fr')).toBe(true)
    expect(looksLikeUnknownLocale('zh-CN')).toBe(true)
    expect(looksLikeUnknownLocale('ja')).toBe(false)
    expect(looksLikeUnknownLocale('ja-easy')).toBe(false)
    expect(looksLikeUnknownLocale('nowhere')).toBe(false)
    expect(looksLikeUnknownLocale('404')).toBe(false)
  })

  it('never take markup, encoded text or an empty segment for a language', () => {
    for (const segment of ['', '<script>', '%3Cscript%3E', 'fr<img>', 'fr ', 'fr/', 'en-', '-en', 'fr--ca', 'javascript:alert(1)']) {
      expect(looksLikeUnknownLocale(segment), segment).toBe(false)
    }
  })
})
