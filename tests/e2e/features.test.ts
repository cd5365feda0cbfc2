/** Behaviour a resident notices beyond navigation: today's fiscal year, search, display settings. */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launchBrowser, newPhoneContext, watchProblems } from './support/browser'

let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newPhoneContext(browser)
})

afterAll(async () => {
  await browser?.close()
})

async function openAt(date: string, path: string): Promise<Page> {
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date(date))
  await page.goto(`${baseUrl()}${path}`)
  await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
  return page
}

describe('today in the plan', () => {
  it('tells the reader which year of the plan today falls in, from the device date', async () => {
    const page = await openAt('2025-05-01T09:00:00+09:00', '/ja')
    await expect.poll(() => page.locator('.phase').textContent()).toBe('今日は令和7年度（2025年度）：計画の2年目（全3年）です。')
    await page.close()
  })

  it('counts 31 March as the end of the fiscal year before', async () => {
    const page = await openAt('2025-03-31T12:00:00+09:00', '/en')
    await expect.poll(() => page.locator('.phase').textContent()).toBe("Today is in FY2024: year 1 of the plan's 3.")
    await page.close()
  })

  it('highlights the current fiscal year in every schedule on an initiative page', async () => {
    const page = await openAt('2026-11-24T10:00:00+09:00', '/ja/initiatives/goal-1-m1-a')
    const current = page.locator('.schedule-year.is-current')
    await expect.poll(() => current.count()).toBe(2)
    expect(await current.first().innerText()).toContain('令和8年度')
    await page.close()
  })
})

describe('search', () => {
  it('finds actions, whatever the width or kana the reader types, without a network', async () => {
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto(`${baseUrl()}/ja/search`)
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    await context.setOffline(true)
    await page.getByLabel('キーワード').fill('ｱﾝｹｰﾄ')
    await page.getByRole('button', { name: '検索' }).click()
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(0)
    expect(await page.locator('.hits').innerText()).toContain('職員アンケートを実施し')
    await context.setOffline(false)
    expect(new URL(page.url()).searchParams.get('q')).toBe('ｱﾝｹｰﾄ')
    expect(problems.errors).toEqual([])
    await page.close()
  })
})

describe('display settings', () => {
  it('remember a larger text size and high contrast on the device', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/ja`)
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    await page.getByText('表示の設定').click()
    await page.getByLabel('特大').check()
    await page.getByLabel('白黒（高コントラスト）').check()
    await page.reload()
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toMatch(/(?=.*\btext-x-large\b)(?=.*\bcontrast-high\b)/)
    await page.close()
  })

  it('ignore a corrupt saved value and keep working', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/ja`)
    await page.evaluate(() => localStorage.setItem('atsugi-plan:preferences', '{"textSize":'))
    const problems = watchProblems(page)
    await page.reload()
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    expect(await page.evaluate(() => document.documentElement.className)).toContain('text-standard')
    expect(problems.errors).toEqual([])
    await page.close()
  })
})
