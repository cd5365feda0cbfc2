import { describe, expect, it } from 'vitest'
import { CONTENT_LANGUAGES } from '../../../src/data/schema'
import { findUntranslated, PENDING_TRANSLATIONS } from '../../../src/data/translation'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()

describe('translations of plan texts', () => {
  it('finds an empty language by its path', () => {
    const sample = { goals: [{ title: { ja: '目標', jaEasy: '', en: 'Goal' } }] }
    expect(findUntranslated(sample, 'jaEasy')).toEqual(['goals[0].title'])
    expect(findUntranslated(sample, 'en')).toEqual([])
  })

  it('has every text in Japanese, the source language', () => {
    expect(findUntranslated(plan, 'ja')).toEqual([])
  })

  it.each(CONTENT_LANGUAGES.filter((language) => !PENDING_TRANSLATIONS.includes(language)))(
    'has every text in %s, a language marked complete',
    (language) => {
      expect(findUntranslated(plan, language)).toEqual([])
    },
  )

  it.each([...PENDING_TRANSLATIONS])('still lacks %s in some texts, or it should leave PENDING_TRANSLATIONS', (language) => {
    // A pending language that is in fact complete must be marked complete, so the test above starts guarding it.
    expect(findUntranslated(plan, language).length).toBeGreaterThan(0)
  })
})
