import { describe, expect, it } from 'vitest'
import { applyTranslations, collectLocalizedTexts, planTextRoots, stripTranslations, translationsOf } from '../../../src/data/localized-texts'
import { loadRealPlan } from '../../support/plan'

const clone = <T>(value: T): T => structuredClone(value)

describe('splitting the plan’s texts by language', () => {
  const full = loadRealPlan()

  it('gives the browser Japanese only, and every language back exactly as written', () => {
    const browserPlan = clone(full)
    stripTranslations(planTextRoots(browserPlan))
    const texts = collectLocalizedTexts(planTextRoots(browserPlan))
    expect(texts.length).toBeGreaterThan(500)
    expect(texts.every((text) => Object.keys(text).join() === 'ja')).toBe(true)

    expect(applyTranslations(planTextRoots(browserPlan), 'en', translationsOf(planTextRoots(full), 'en'))).toBe(true)
    expect(applyTranslations(planTextRoots(browserPlan), 'jaEasy', translationsOf(planTextRoots(full), 'jaEasy'))).toBe(true)
    expect(browserPlan).toEqual(full)
  })

  it('refuses texts that do not fit the plan, leaving Japanese in place', () => {
    const browserPlan = clone(full)
    stripTranslations(planTextRoots(browserPlan))
    const english = translationsOf(planTextRoots(full), 'en')
    expect(applyTranslations(planTextRoots(browserPlan), 'en', english.slice(1))).toBe(false)
    expect(collectLocalizedTexts(planTextRoots(browserPlan)).some((text) => 'en' in text)).toBe(false)
  })
})
