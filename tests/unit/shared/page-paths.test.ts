import { createMemoryHistory, createRouter } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { routes } from '../../../src/router/routes'
import { LOCALES } from '../../../src/shared/languages'
import { localePath, PAGE_PATTERNS, pagePath, samePathIn, type PageName } from '../../../src/shared/page-paths'

const router = createRouter({ history: createMemoryHistory(), routes })

/** One example of every page, with the parameters a link to it would carry. */
const EXAMPLES: { [Name in PageName]: Parameters<typeof pagePath<Name>>[1] } = {
  home: {},
  goal: { goalId: 'goal-1' },
  goalPoster: { goalId: 'goal-1' },
  initiative: { initiativeId: 'goal-1-m1-a' },
  initiativePoster: { initiativeId: 'goal-1-m1-a' },
  kpi: { kpiId: 'goal-1-m1-a-k1' },
  sdgs: {},
  sdg: { sdg: 16 },
  departments: {},
  search: {},
  about: {},
  glossary: {},
  center: {},
}

describe('links to pages', () => {
  it('builds the path of every page inside its language', () => {
    expect(pagePath('home', {})).toBe('')
    expect(pagePath('goal', { goalId: 'goal-1' })).toBe('goals/goal-1')
    expect(pagePath('initiativePoster', { initiativeId: 'goal-2-m1-a' })).toBe('initiatives/goal-2-m1-a/poster')
    expect(pagePath('sdg', { sdg: 16 })).toBe('sdgs/16')
    expect(pagePath('initiative', { initiativeId: 'goal-1-m1-a' }, 'goal-1-m1-a-2')).toBe('initiatives/goal-1-m1-a#goal-1-m1-a-2')
    expect(pagePath('departments', {}, 'general-affairs')).toBe('departments#general-affairs')
  })

  it('puts the language in front, the home page and a part of it included', () => {
    expect(localePath('en', 'goals/goal-1')).toBe('/en/goals/goal-1')
    expect(localePath('ja-easy', '')).toBe('/ja-easy')
    expect(localePath('ja', '#main')).toBe('/ja#main')
  })

  it('keeps a parameter that would break the address inside its own segment', () => {
    expect(pagePath('goal', { goalId: 'a/b?c#d' })).toBe('goals/a%2Fb%3Fc%23d')
  })

  it.each(LOCALES)('opens, in %s, the very page each link names (the router and the links share one table)', (locale) => {
    for (const name of Object.keys(PAGE_PATTERNS) as PageName[]) {
      const resolved = router.resolve(localePath(locale, pagePath(name, EXAMPLES[name] as never)))
      expect(resolved.name, name).toBe(name)
      expect(resolved.params, name).toEqual({ locale, ...Object.fromEntries(Object.entries(EXAMPLES[name]).map(([key, value]) => [key, String(value)])) })
    }
  })

  it('switches the language of an address and keeps the page', () => {
    expect(samePathIn('/ja/goals/goal-1', 'en')).toBe('/en/goals/goal-1')
    expect(samePathIn('/en/', 'ja-easy')).toBe('/ja-easy')
    expect(samePathIn('/ja-easy/initiatives/goal-1-m1-a/poster', 'ja')).toBe('/ja/initiatives/goal-1-m1-a/poster')
  })
})
