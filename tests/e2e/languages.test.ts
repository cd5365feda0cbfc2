/** Three languages: the switch keeps the page, English is English throughout, easy Japanese carries readings. */
import { describe, expect, it } from 'vitest'
import { localePaths } from '../../src/router/prerendered-paths'
import { loadRealPlan } from '../support/plan'
import { allowErrors, baseUrl, goto, heading, newPage, page } from './support/setup'

const plan = loadRealPlan()
const pathname = () => new URL(page.url()).pathname

describe('the language switch', () => {
  it('keeps the reader on the same page, and the choice is remembered', async () => {
    const initiative = plan.goals[1]!.measures[0]!.initiatives[0]!
    await goto(`/ja/initiatives/${initiative.id}`)
    await page.getByRole('link', { name: 'English' }).click()
    await expect.poll(pathname).toBe(`/en/initiatives/${initiative.id}`)
    await expect.poll(() => heading().textContent()).toBe(initiative.title.en)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
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

describe('English pages', () => {
  it('contain no untranslated Japanese, apart from names marked as Japanese beside their translation', async () => {
    const offending: string[] = []
    for (const path of localePaths(plan)) {
      await goto(`/en${path ? `/${path}` : ''}`)
      const japanese = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement
        body.querySelectorAll('[lang="ja"], script, style').forEach((element) => element.remove())
        const matches = body.textContent?.replace('〒', '').match(/[\u3040-\u30ff\u3400-\u9fff][^\n]{0,20}/gu)
        return matches ?? []
      })
      if (japanese.length > 0) offending.push(`/en/${path}: ${japanese.slice(0, 3).join(' | ')}`)
    }
    expect(offending).toEqual([])
  }, 180_000)
})

describe('easy Japanese', () => {
  it('shows readings over kanji, and hides them when the reader turns furigana off', async () => {
    await goto('/ja-easy/initiatives/goal-1-m1-a')
    expect(await page.locator('main ruby rt').count()).toBeGreaterThan(20)
    await page.locator('.display-settings summary').click()
    await page.locator('input[name="furigana"]').uncheck()
    await expect.poll(() => page.locator('main ruby').count()).toBe(0)
  })
})
