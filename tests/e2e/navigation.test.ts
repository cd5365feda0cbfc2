/**
 * A resident who has never seen the plan, on a phone, clicking only: from the
 * home page to every initiative and every KPI.
 */
import { describe, expect, it } from 'vitest'
import { listInitiatives, listKpis } from '../../src/data/walk'
import { loadRealPlan } from '../support/plan'
import { goto, heading, page } from './support/setup'

const plan = loadRealPlan()

describe('reaching the plan by clicking', () => {
  it('leads from the home page to every initiative and every KPI', async () => {
    const reachedInitiatives = new Set<string>()
    const reachedKpis = new Set<string>()
    for (const goal of plan.goals) {
      await goto('/ja')
      await page.getByRole('link', { name: goal.title.ja, exact: true }).click()
      await expect.poll(() => heading().textContent()).toBe(goal.title.ja)
      for (const initiative of goal.measures.flatMap((measure) => measure.initiatives)) {
        await page.getByRole('link', { name: `${initiative.label} ${initiative.title.ja}`, exact: true }).click()
        await expect.poll(() => heading().textContent()).toBe(initiative.title.ja)
        reachedInitiatives.add(initiative.id)
        for (const kpi of initiative.kpis) {
          await page.locator(`#${kpi.id}`).getByRole('link', { name: 'この指標のページ' }).click()
          await expect.poll(() => heading().textContent()).toBe(kpi.name.ja)
          reachedKpis.add(kpi.id)
          await page.goBack()
          await expect.poll(() => heading().textContent()).toBe(initiative.title.ja)
        }
        await page.getByRole('navigation', { name: '現在位置' }).getByRole('link', { name: goal.title.ja }).click()
        await expect.poll(() => heading().textContent()).toBe(goal.title.ja)
      }
    }
    expect([...reachedInitiatives].sort()).toEqual(listInitiatives(plan).map(({ initiative }) => initiative.id).sort())
    expect([...reachedKpis].sort()).toEqual(listKpis(plan).map(({ kpi }) => kpi.id).sort())
  }, 300_000)

  it('moves focus to the new page’s heading after a navigation', async () => {
    await goto('/ja')
    const goal = plan.goals[0]!
    await page.getByRole('link', { name: goal.title.ja, exact: true }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await expect.poll(() => page.title()).toContain(goal.title.ja)
  })
})
