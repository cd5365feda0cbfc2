import { beforeAll, describe, expect, it } from 'vitest'
import { useLocale } from '../../../src/composables/useLocale'
import { useSearch } from '../../../src/composables/useSearch'
import { inApp } from '../../support/in-app'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()
const initiative = plan.goals[0]!.measures[0]!.initiatives[0]!
const both = () => ({ ...useLocale(), ...useSearch() })
let inLanguage: Record<'ja' | 'ja-easy' | 'en', ReturnType<typeof both>>

describe('the language of the address', () => {
  beforeAll(async () => {
    inLanguage = {
      ja: await inApp('/ja/search', both),
      'ja-easy': await inApp('/ja-easy/search', both),
      en: await inApp('/en/search', both),
    }
  }, 60_000)

  it('is the route’s, with its row of the languages table', () => {
    expect(inLanguage.en.locale.value).toBe('en')
    expect(inLanguage.en.language.value.htmlLang).toBe('en')
    expect(inLanguage['ja-easy'].language.value).toMatchObject({ htmlLang: 'ja', furigana: true })
  })

  it('gives a plan text as a plain string in it: easy Japanese without its readings, Japanese where a text has no words yet', () => {
    expect(inLanguage.en.text(initiative.title)).toBe(initiative.title.en)
    expect(inLanguage['ja-easy'].text(initiative.title)).toBe(initiative.title.jaEasy.replace(/\{([^|}]+)\|[^}]+\}/g, '$1'))
    expect(inLanguage['ja-easy'].text(initiative.title)).not.toContain('{')
    expect(inLanguage.en.text({ ja: '未訳の文', jaEasy: '', en: '' })).toBe('未訳の文')
  })

  it('links to pages in the same language', () => {
    expect(inLanguage.en.to('goal', { goalId: 'goal-2' })).toBe('/en/goals/goal-2')
    expect(inLanguage['ja-easy'].to('initiative', { initiativeId: initiative.id }, initiative.actions[0]!.id)).toBe(
      `/ja-easy/initiatives/${initiative.id}#${initiative.actions[0]!.id}`,
    )
  })

  it('is the language search looks in, Japanese included, wherever the reader’s words are found', () => {
    const english = inLanguage.en.search(initiative.title.en.split(' ').slice(0, 3).join(' '))
    expect(english.map((hit) => hit.id)).toContain(initiative.id)
    // A term seen on a poster or in the PDF finds the same initiative from the English pages.
    expect(inLanguage.en.search(initiative.title.ja).map((hit) => hit.id)).toContain(initiative.id)
    expect(inLanguage.ja.search(initiative.title.en.split(' ').slice(0, 3).join(' '))).toEqual([])
  })
})
