import { createMemoryHistory, createRouter } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { listInitiatives, listKpis } from '../../../src/data/walk'
import { NOT_PRECACHED_PAGE, prerenderedPaths } from '../../../src/router/prerendered-paths'
import { routes } from '../../../src/router/routes'
import { LOCALES } from '../../../src/shared/languages'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()
const paths = prerenderedPaths(plan)
const router = createRouter({ history: createMemoryHistory(), routes })

describe('the pages the build prerenders', () => {
  it('are every goal, initiative, KPI and tagged SDG in every language, each once, with the language chooser and the 404 page', () => {
    expect(new Set(paths).size).toBe(paths.length)
    expect(paths[0]).toBe('/')
    expect(paths.at(-1)).toBe('/404')
    const sdgs = new Set(listInitiatives(plan).flatMap(({ initiative }) => initiative.sdgs.map((tag) => tag.goal)))
    for (const locale of LOCALES) {
      const inLocale = paths.filter((path) => path === `/${locale}` || path.startsWith(`/${locale}/`))
      const count = (pattern: RegExp) => inLocale.filter((path) => pattern.test(path)).length
      expect(count(/\/goals\/[^/]+$/)).toBe(plan.goals.length)
      expect(count(/\/initiatives\/[^/]+$/)).toBe(listInitiatives(plan).length)
      expect(count(/\/kpis\/[^/]+$/)).toBe(listKpis(plan).length)
      expect(count(/\/sdgs\/\d+$/)).toBe(sdgs.size)
      expect(count(/\/poster$/)).toBe(plan.goals.length + listInitiatives(plan).length)
      for (const page of ['', '/sdgs', '/departments', '/search', '/about', '/glossary', '/center']) expect(inLocale).toContain(`/${locale}${page}`)
    }
  })

  it('each open a page of the app, none the not-found page', () => {
    const notFound = paths.filter((path) => path !== '/404').filter((path) => String(router.resolve(path).name).includes('not-found'))
    expect(notFound).toEqual([])
  })

  it('leave only the print views out of the service worker’s first download', () => {
    const left = paths.filter((path) => NOT_PRECACHED_PAGE.test(path))
    expect(left.every((path) => router.resolve(path).name === 'goalPoster' || router.resolve(path).name === 'initiativePoster')).toBe(true)
    expect(left).toHaveLength(LOCALES.length * (plan.goals.length + listInitiatives(plan).length))
  })
})
