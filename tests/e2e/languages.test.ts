/** Three languages: the switch keeps the page, English is English throughout, easy Japanese carries readings. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localePaths } from '../../src/router/prerendered-paths'
import { loadRealPlan } from '../support/plan'
import { baseUrl, launchBrowser, newPhoneContext, watchProblems } from './support/browser'

const plan = loadRealPlan()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
const heading = (page: Page) => page.locator('main h1').first()

describe('the language switch', () => {
  it('keeps the reader on the same page, and the choice is remembered', async () => {
    const context = await newPhoneContext(browser, { locale: 'ja-JP' })
    const page = await context.newPage()
    const initiative = plan.goals[1]!.measures[0]!.initiatives[0]!
    await page.goto(`${baseUrl()}/ja/initiatives/${initiative.id}`)
    await ready(page)
    await page.getByRole('link', { name: 'English' }).click()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/en/initiatives/${initiative.id}`)
    await expect.poll(() => heading(page).textContent()).toBe(initiative.title.en)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.getByRole('link', { name: 'やさしい にほんご' }).click()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/ja-easy/initiatives/${initiative.id}`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja')
    await page.goto(`${baseUrl()}/`)
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ja-easy')
    await context.close()
  })

  it('opens the browser’s language on a first visit to the site root', async () => {
    const context = await newPhoneContext(browser, { locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/`)
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en')
    await context.close()
  })

  it('falls back with a notice when the URL names a language the app does not have', async () => {
    const context = await newPhoneContext(browser, { locale: 'ja-JP' })
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto(`${baseUrl()}/fr/goals/goal-1`)
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ja/goals/goal-1')
    await expect.poll(() => heading(page).textContent()).toBe(plan.goals[0]!.title.ja)
    expect(await page.getByRole('status').first().textContent()).toContain('「fr」')
    expect(problems.errors.filter((error) => !error.includes('404'))).toEqual([])
    await context.close()
  })
})

describe('English pages', () => {
  it('contain no untranslated Japanese, apart from names marked as Japanese beside their translation', async () => {
    const context = await newPhoneContext(browser, { locale: 'en-US' })
    const page = await context.newPage()
    const offending: string[] = []
    for (const path of localePaths(plan)) {
      await page.goto(`${baseUrl()}/en${path ? `/${path}` : ''}`)
      await ready(page)
      const japanese = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement
        body.querySelectorAll('[lang="ja"], script, style').forEach((element) => element.remove())
        const matches = body.textContent?.replace('〒', '').match(/[\u3040-\u30ff\u3400-\u9fff][^\n]{0,20}/gu)
        return matches ?? []
      })
      if (japanese.length > 0) offending.push(`/en/${path}: ${japanese.slice(0, 3).join(' | ')}`)
    }
    expect(offending).toEqual([])
    await context.close()
  }, 180_000)
})

describe('easy Japanese', () => {
  it('shows readings over kanji, and hides them when the reader turns furigana off', async () => {
    const context = await newPhoneContext(browser, { locale: 'ja-JP' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/ja-easy/initiatives/goal-1-m1-a`)
    await ready(page)
    expect(await page.locator('main ruby rt').count()).toBeGreaterThan(20)
    await page.locator('.display-settings summary').click()
    await page.locator('input[name="furigana"]').uncheck()
    await expect.poll(() => page.locator('main ruby').count()).toBe(0)
    await context.close()
  })
})
