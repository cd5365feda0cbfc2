import { describe, expect, it } from 'vitest'
import {
  collectLocalizedTexts,
  isLocalizedText,
  pickText,
  planTextRoots,
  registerPlanTexts,
  stripTranslations,
  translationsOf,
} from '../../../src/data/plan-texts'
import { loadRealPlan } from '../../support/plan'

const clone = <T>(value: T): T => structuredClone(value)

describe('the plan’s texts, one language at a time', () => {
  const full = loadRealPlan()

  it('gives the browser Japanese only, and each language’s view gives back every text exactly as written', () => {
    const browserPlan = clone(full)
    stripTranslations(planTextRoots(browserPlan))
    const browserTexts = collectLocalizedTexts(planTextRoots(browserPlan))
    expect(browserTexts.length).toBeGreaterThan(500)
    expect(browserTexts.every((text) => Object.keys(text).join() === 'ja')).toBe(true)

    expect(registerPlanTexts('en', planTextRoots(browserPlan), translationsOf(planTextRoots(full), 'en'))).toBe(true)
    expect(registerPlanTexts('ja-easy', planTextRoots(browserPlan), translationsOf(planTextRoots(full), 'jaEasy'))).toBe(true)
    const fullTexts = collectLocalizedTexts(planTextRoots(full))
    browserTexts.forEach((text, index) => {
      const original = fullTexts[index]!
      expect(pickText(text, 'en')).toEqual({ text: original.en, isFallback: false })
      expect(pickText(text, 'ja-easy')).toEqual({ text: original.jaEasy, isFallback: false })
      expect(pickText(text, 'ja')).toEqual({ text: original.ja, isFallback: false })
    })
    // A view is beside the plan, never written into it.
    expect(browserTexts.every((text) => Object.keys(text).join() === 'ja')).toBe(true)
  })

  it('refuses texts that do not fit the plan: the reader sees Japanese, marked as such, rather than wrong words', () => {
    const browserPlan = clone(full)
    stripTranslations(planTextRoots(browserPlan))
    const english = translationsOf(planTextRoots(full), 'en')
    // A list from another build: one text short, so every text after the gap would be off by one.
    const texts = collectLocalizedTexts(planTextRoots(browserPlan))
    expect(registerPlanTexts('en', planTextRoots(browserPlan), english.slice(1))).toBe(false)
    // The earlier view (from the test above) belonged to another copy of the plan: these texts have none.
    expect(pickText(texts[0]!, 'en')).toEqual({ text: texts[0]!.ja, isFallback: true })
  })

  it('reads the data files’ own words where they have them (the prerender has every language)', () => {
    const text = { ja: '研修', jaEasy: '{研修|けんしゅう}', en: 'Training' }
    expect(pickText(text, 'en')).toEqual({ text: 'Training', isFallback: false })
    expect(pickText(text, 'ja-easy')).toEqual({ text: '{研修|けんしゅう}', isFallback: false })
    expect(pickText({ ja: '研修', jaEasy: '', en: '' }, 'en')).toEqual({ text: '研修', isFallback: true })
  })

  it('knows a plan text from any other object', () => {
    expect(isLocalizedText({ ja: '研修' })).toBe(true)
    expect(isLocalizedText({ ja: '研修', jaEasy: '', en: 'Training' })).toBe(true)
    expect(isLocalizedText({ ja: '研修', fr: 'Formation' })).toBe(false)
    expect(isLocalizedText({ jaEasy: 'けんしゅう' })).toBe(false)
    expect(isLocalizedText(['研修'])).toBe(false)
    expect(isLocalizedText(null)).toBe(false)
  })
})
