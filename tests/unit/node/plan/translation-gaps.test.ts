import { describe, expect, it } from 'vitest'
import { CONTENT_LANGUAGES } from '../../../../src/shared/languages'
import { findUntranslated, PENDING_TRANSLATIONS } from '../../../../src/node/plan/translation-gaps'
import { kanjiWithoutReading } from '../../../../src/lib/furigana'
import { SDG_NAMES } from '../../../../src/data/sdg-names'
import { easyTexts } from '../../../support/easy-texts'
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
    // The short easy-Japanese names of initiatives and KPIs are easy Japanese too.
    const texts = easyTexts({ plan, sdgs: SDG_NAMES }, '', ['jaEasy', 'easyShortTitle', 'easyShortName'])
    expect(texts.length).toBeGreaterThan(500)
    const problems = texts.flatMap(({ where, text }) => {
      try {
        const bare = kanjiWithoutReading(text)
        return bare.length > 0 ? [`${where}: ${bare.join('')}`] : []
      } catch (error) {
        return [`${where}: ${(error as Error).message}`]
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

