/**
 * Three languages: the switch keeps the page, the browser's language opens first, an unknown one falls
 * back with a notice, easy Japanese carries readings. (No stray Japanese on English pages: every-page.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { loadRealPlan } from '../support/plan'
import { allowErrors, baseUrl, goto, heading, newPage, openHeaderPanel, page } from './support/setup'

const plan = loadRealPlan()
const pathname = () => new URL(page.url()).pathname

describe('the language switch', () => {
  it('keeps the reader on the same page, and the choice is remembered', async () => {
    const initiative = plan.goals[1]!.measures[0]!.initiatives[0]!
    await goto(`/ja/initiatives/${initiative.id}`)
    await openHeaderPanel('languages')
    await page.getByRole('link', { name: 'English' }).click()
    await expect.poll(pathname).toBe(`/en/initiatives/${initiative.id}`)
    await expect.poll(() => heading().textContent()).toBe(initiative.title.en)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await openHeaderPanel('languages')
    await page.getByRole('link', { name: 'やさしい にほんご' }).click()
    await expect.poll(pathname).toBe(`/ja-easy/initiatives/${initiative.id}`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja')
    await page.goto(`${baseUrl}/`)
    await expect.poll(pathname).toBe('/ja-easy')
  })

  it('opens the browser’s language on a first visit to the site root', async () => {
    const english = await newPage({ locale: 'en-US' })
    await english.goto(`${baseUrl}/`)
    await expect.poll(() => new URL(english.url()).pathname).toBe('/en')
  })

  it('falls back with a notice when the URL names a language the app does not have', async () => {
    // The server answers the unknown address with its 404, which the browser logs.
    allowErrors((error) => error.includes('404'))
    await page.goto(`${baseUrl}/fr/goals/goal-1`)
    await expect.poll(pathname).toBe('/ja/goals/goal-1')
    await expect.poll(() => heading().textContent()).toBe(plan.goals[0]!.title.ja)
    expect(await page.getByRole('status').first().textContent()).toContain('「fr」')
  })
})

describe('easy Japanese', () => {
  it('shows readings over kanji, and hides them when the reader turns furigana off', async () => {
    await goto('/ja-easy/initiatives/goal-1-m1-a')
    expect(await page.locator('main ruby rt').count()).toBeGreaterThan(20)
    await openHeaderPanel('menu')
    await page.locator('input[name="furigana"]').uncheck()
    // The ruby stays in the page (a class hides the readings) so that nothing is re-rendered.
    await expect.poll(() => page.locator('main rt:visible').count()).toBe(0)
    // …and the words stay: the kanji of the same ruby elements are still read.
    expect(await page.locator('main ruby').count()).toBeGreaterThan(20)
  })
})
