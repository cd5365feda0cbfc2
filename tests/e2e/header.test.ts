/**
 * The header bar on a phone (#15): the language choice and the menu behave as disclosures (state said,
 * focus moved in and given back, Escape, no trap), one open at a time, and everything in them is reachable
 * without JavaScript. Its height and the heading's place on every page: every-page.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { uiStrings } from '../support/ui-strings'
import { baseUrl, goto, headerButton, heading, newPage, openHeaderPanel, page, pathname } from './support/setup'

const ja = uiStrings('ja')
const isOpen = (name: 'languages' | 'menu') => headerButton(name).evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open)
const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '' }))

describe('the header menu', () => {
  it('says whether it is open, moves focus in as it opens, and gives it back on Escape', async () => {
    await goto('/ja/goals/goal-1')
    const menu = headerButton('menu')
    // The header wakes as focus or a finger reaches it; until then the browser says the state of the <details> itself.
    await menu.focus()
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false')
    await menu.click()
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true')
    expect(await focused()).toEqual({ tag: 'A', text: ja.nav.home })
    await page.keyboard.press('Escape')
    await expect.poll(() => isOpen('menu')).toBe(false)
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect((await focused()).tag).toBe('SUMMARY')
  })

  it('lets focus leave (no trap) and closes behind it; one panel open at a time', async () => {
    await goto('/ja/goals/goal-1')
    await openHeaderPanel('menu')
    // The last control in the menu, then one Tab more: focus goes on into the page, and the menu closes.
    await page.locator('.display-settings input').last().focus()
    await page.keyboard.press('Tab')
    await expect.poll(() => isOpen('menu')).toBe(false)
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.app-header')))).toBe(false)

    await openHeaderPanel('menu')
    await openHeaderPanel('languages')
    await expect.poll(() => isOpen('menu')).toBe(false)
    expect(await isOpen('languages')).toBe(true)
    // A press outside it closes it too.
    await page.locator('main .lead').first().click()
    await expect.poll(() => isOpen('languages')).toBe(false)
  })

  it('closes once a link in it has been followed', async () => {
    await goto('/ja/goals/goal-1')
    await openHeaderPanel('menu')
    await page.getByRole('navigation', { name: ja.app.navigationLabel }).getByRole('link', { name: ja.nav.glossary }).click()
    await expect.poll(() => pathname()).toBe('/ja/glossary')
    await expect.poll(() => heading().textContent()).toBe(ja.glossary.title)
    expect(await isOpen('menu')).toBe(false)
  })

  it('works without JavaScript: both panels open, and their links lead to every page they name', async () => {
    const noScript = await newPage({ javaScriptEnabled: false })
    await noScript.goto(`${baseUrl}/ja/goals/goal-1`)
    await openHeaderPanel('menu', noScript)
    const links = noScript.getByRole('navigation', { name: ja.app.navigationLabel }).getByRole('link')
    const targets = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    expect(targets).toEqual(['/ja', '/ja/search', '/ja/sdgs', '/ja/departments', '/ja/glossary', '/ja/about'])
    await links.filter({ hasText: ja.nav.search }).click()
    await noScript.waitForURL(`${baseUrl}/ja/search`)
    expect(await noScript.locator('main h1').textContent()).toBe(ja.search.title)
    await openHeaderPanel('languages', noScript)
    await noScript.getByRole('link', { name: 'English', exact: true }).click()
    await noScript.waitForURL(`${baseUrl}/en/search`)
    expect(await noScript.locator('html').getAttribute('lang')).toBe('en')
  })
})

describe('the dark colour scheme', () => {
  it('follows the phone’s setting, and the contrast switch still works over it (white on black)', async () => {
    const dark = await newPage({ colorScheme: 'dark' })
    await goto('/ja/goals/goal-1', dark)
    const colours = () => dark.evaluate(() => ({ ground: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }))
    expect(await colours()).toEqual({ ground: 'rgb(18, 19, 23)', text: 'rgb(232, 232, 234)' })
    await openHeaderPanel('menu', dark)
    await dark.getByLabel(ja.display.contrasts.high).check()
    await expect.poll(colours).toEqual({ ground: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' })
  })
})
