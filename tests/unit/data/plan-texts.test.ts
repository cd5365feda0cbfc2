import { describe, expect, it } from 'vitest'
import { isLocalizedText, pickText } from '../../../src/data/plan-texts'

describe('a plan text in the reader’s language', () => {
  it('is its own words where it has them, from the data files (every language) or a part (one language)', () => {
    const text = { ja: '研修', jaEasy: '{研修|けんしゅう}', en: 'Training' }
    expect(pickText(text, 'en')).toEqual({ text: 'Training', isFallback: false })
    expect(pickText(text, 'ja-easy')).toEqual({ text: '{研修|けんしゅう}', isFallback: false })
    expect(pickText({ en: 'Training' } as never, 'en')).toEqual({ text: 'Training', isFallback: false })
  })

  it('is the Japanese, marked as such, where the language has no words yet', () => {
    expect(pickText({ ja: '研修', jaEasy: '', en: '' }, 'en')).toEqual({ text: '研修', isFallback: true })
    expect(pickText({ ja: '研修' } as never, 'ja-easy')).toEqual({ text: '研修', isFallback: true })
    expect(pickText({ ja: '研修', jaEasy: '', en: '' }, 'ja')).toEqual({ text: '研修', isFallback: false })
  })

  it('is told from any other object', () => {
    expect(isLocalizedText({ ja: '研修' })).toBe(true)
    expect(isLocalizedText({ ja: '研修', jaEasy: '', en: 'Training' })).toBe(true)
    expect(isLocalizedText({ ja: '研修', fr: 'Formation' })).toBe(false)
    expect(isLocalizedText({ jaEasy: 'けんしゅう' })).toBe(false)
    expect(isLocalizedText(['研修'])).toBe(false)
    expect(isLocalizedText(null)).toBe(false)
  })
})
