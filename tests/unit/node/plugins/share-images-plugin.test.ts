import { describe, expect, it } from 'vitest'
import { shareCards } from '../../../../src/node/plugins/share-images-plugin'
import { LOCALES } from '../../../../src/shared/languages'
import { loadRealPlan } from '../../../support/plan'

const plan = loadRealPlan()
const cards = shareCards(plan)

describe('the share images the build draws', () => {
  it('are one per goal and one of the app, in every language, each its own file', () => {
    expect(cards).toHaveLength(LOCALES.length * (plan.goals.length + 1))
    expect(new Set(cards.map((card) => card.fileName)).size).toBe(cards.length)
  })

  it('show a goal’s number and title in the image’s language, and the app’s name in it', () => {
    const english = cards.find((card) => card.fileName === 'share/goal-2.en.png')!.card
    expect(english).toEqual({ lang: 'en', kicker: 'Focus goal 2', title: plan.goals[1]!.title.en, footer: 'Atsugi City Administrative Reform Plan' })
    const easy = cards.find((card) => card.fileName === 'share/goal-1.ja-easy.png')!.card
    expect(easy.lang).toBe('ja')
    expect(easy.kicker).toBe('だいじ な もくひょう 1')
    // With its readings, drawn as furigana.
    expect(easy.title).toBe(plan.goals[0]!.title.jaEasy)
    expect(easy.title).toContain('{')
  })

  it('show the plan’s name on the app’s image', () => {
    expect(cards.find((card) => card.fileName === 'share/app.ja.png')!.card).toMatchObject({ kicker: '', title: plan.meta.title.ja, footer: '厚木市 行政改革 実施計画' })
  })
})
