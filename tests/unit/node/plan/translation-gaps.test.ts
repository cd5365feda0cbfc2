import { describe, expect, it } from 'vitest'
import { CONTENT_LANGUAGES } from '../../../../src/shared/languages'
import { findUntranslated, PENDING_TRANSLATIONS } from '../../../../src/node/plan/translation-gaps'
import { kanjiWithoutReading } from '../../../../src/lib/furigana'
import { SDG_NAMES } from '../../../../src/data/sdg-names'
import { loadRealPlan } from '../../../support/plan'

const plan = loadRealPlan()

describe('translations of plan texts', () => {
  it('finds an empty language by its path', () => {
    const sample = { goals: [{ title: { ja: '目標', jaEasy: '', en: 'Goal' } }] }
    expect(findUntranslated(sample, 'jaEasy')).toEqual(['goals[0].title'])
    expect(findUntranslated(sample, 'en')).toEqual([])
  })

  it.each(CONTENT_LANGUAGES.filter((language) => !PENDING_TRANSLATIONS.includes(language)))(
    'has every text in %s, a language marked complete',
    (language) => {
      expect(findUntranslated(plan, language)).toEqual([])
    },
  )

  it('puts a reading on every kanji of easy-Japanese text, in markup that parses', () => {
    const texts: { path: string; jaEasy: string }[] = []
    const collect = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return
      if ('jaEasy' in value && typeof value.jaEasy === 'string') texts.push({ path, jaEasy: value.jaEasy })
      // The short easy-Japanese names of initiatives and KPIs are easy Japanese too.
      for (const [key, item] of Object.entries(value)) {
        if ((key === 'easyShortTitle' || key === 'easyShortName') && typeof item === 'string') texts.push({ path: `${path}.${key}`, jaEasy: item })
        collect(item, `${path}.${key}`)
      }
    }
    collect({ plan, sdgs: SDG_NAMES }, '')
    expect(texts.length).toBeGreaterThan(500)
    const problems = texts.flatMap(({ path, jaEasy }) => {
      try {
        const bare = kanjiWithoutReading(jaEasy)
        return bare.length > 0 ? [`${path}: ${bare.join('')}`] : []
      } catch (error) {
        return [`${path}: ${(error as Error).message}`]
      }
    })
    expect(problems).toEqual([])
  })

  it('writes English plan texts without Japanese characters', () => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff]/u
    const offending: string[] = []
    const collect = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return
      if ('en' in value && typeof value.en === 'string' && japanese.test(value.en)) offending.push(`${path}: ${value.en}`)
      for (const [key, item] of Object.entries(value)) collect(item, `${path}.${key}`)
    }
    collect(plan, '')
    expect(offending).toEqual([])
  })
})

