/**
 * A reader with a keyboard alone (or a switch device that sends Tab and Enter) can do everything, and sees
 * where they are; after any navigation, focus lands on the new page's heading for screen readers too.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { listKpis } from '../../src/data/walk'
import { loadRealPlan } from '../support/plan'
import { goto, newDesktopPage, page } from './support/setup'

const plan = loadRealPlan()
const { goal, initiative, kpi } = listKpis(plan).find(({ kpi }) => kpi.kind === 'numeric')!

interface FocusState {
  tag: string
  text: string
  href: string | null
  /** Whether the focused element shows an outline or a halo a sighted reader can see. */
  indicated: boolean
  /** Whether it lies inside the window (scrolled into view). */
  inView: boolean
}

const focusState = (page: Page): Promise<FocusState> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return { tag: 'body', text: '', href: null, indicated: false, inView: false }
    // A card's link rings the whole card, the target it covers (src/styles/main.css).
    const style = getComputedStyle(element.classList.contains('card-link') ? (element.closest('.card') ?? element) : element)
    const rect = element.getBoundingClientRect()
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.innerText || element.getAttribute('aria-label') || '').trim().slice(0, 60),
      href: element.getAttribute('href'),
      indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      inView: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    }
  })

/** Presses Tab until focus reaches what `wanted` accepts; every stop on the way must be visible and indicated. */
async function tabTo(page: Page, wanted: (state: FocusState) => boolean, what: string): Promise<FocusState> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab')
    const state = await focusState(page)
    if (state.tag === 'body') continue
    expect(state.indicated, `focus indicator on <${state.tag}> “${state.text}” while tabbing to ${what}`).toBe(true)
    expect(state.inView, `<${state.tag}> “${state.text}” scrolled into view while tabbing to ${what}`).toBe(true)
    if (wanted(state)) return state
  }
  throw new Error(`Tab never reached ${what}`)
}

describe('with the keyboard alone', () => {
  it('the first Tab shows a skip link that moves focus past the header to the content', async () => {
    const page = await newDesktopPage()
    await goto(`/ja/goals/${goal.id}`, page)
    await page.keyboard.press('Tab')
    const first = await focusState(page)
    expect(first).toMatchObject({ tag: 'a', href: '#main', text: '本文へ移動', inView: true, indicated: true })
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
  })

  it('walks from the home page to a goal, an initiative and a KPI, switches language and text size, and searches', async () => {
    const page = await newDesktopPage()
    await goto('/ja', page)

    const levels = [
      { path: `/ja/goals/${goal.id}`, what: 'the goal card' },
      { path: `/ja/initiatives/${initiative.id}`, what: 'the initiative link' },
      { path: `/ja/kpis/${kpi.id}`, what: 'the KPI details link' },
    ]
    for (const { path, what } of levels) {
      await tabTo(page, (state) => state.href === path, what)
      await page.keyboard.press('Enter')
      await page.waitForURL(`**${path}`)
      // After a navigation, focus lands on the new page's heading, so the next Tab starts from the content.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    }

    // The language switch: opened with Enter (focus moves into it), the same page in English.
    await tabTo(page, (state) => state.tag === 'summary' && state.text.includes('Language'), 'the language button')
    await page.keyboard.press('Enter')
    await tabTo(page, (state) => state.href === `/en/kpis/${kpi.id}`, 'the English link')
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/en/kpis/${kpi.id}`)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')

    // The menu's display settings: open with Enter, pick the largest text with the arrow keys; Escape closes the
    // menu and gives focus back to its button.
    await tabTo(page, (state) => state.tag === 'summary' && state.text.includes('Menu'), 'the menu button')
    await page.keyboard.press('Enter')
    await tabTo(page, (state) => state.tag === 'input', 'the text size choices')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.locator('html').getAttribute('class')).toContain('text-x-large')
    await page.keyboard.press('Escape')
    expect(await focusState(page)).toMatchObject({ tag: 'summary', indicated: true })

    // Search, from the menu again, typed and submitted from the keyboard.
    await page.keyboard.press('Enter')
    await tabTo(page, (state) => state.href === '/en/search', 'the search link')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/en/search')
    await tabTo(page, (state) => state.tag === 'input', 'the search box')
    await page.keyboard.type('counter')
    await expect.poll(() => page.locator('main li').count()).toBeGreaterThan(0)
  })
})

describe('after a navigation by touch', () => {
  it('focus moves to the new page’s heading and the document title names the page', async () => {
    await goto('/ja')
    const goal = plan.goals[0]!
    await page.getByRole('link', { name: goal.title.ja, exact: true }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await expect.poll(() => page.title()).toContain(goal.title.ja)
  })
})

describe('a page reached by a link inside the app', () => {
  it('shows whole: nothing below its heading moves once it is there, even when a part’s code comes late', async () => {
    // The KPI panels' code arrives late, as on a slow network: the page must wait for it, not show without it.
    await page.route(/\/assets\/KpiPanel-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await goto('/ja')
    await page.locator(`main a[href="/ja/goals/${goal.id}"]`).first().click()
    await page.waitForURL(`**/ja/goals/${goal.id}`)
    await page.locator(`main a[href="/ja/initiatives/${initiative.id}"]`).first().click()
    await page.waitForURL(`**/ja/initiatives/${initiative.id}`)
    await expect.poll(() => page.locator('main h1').innerText()).toBe(initiative.title.ja)
    const footerTop = () => page.locator('footer').evaluate((footer) => Math.round(footer.getBoundingClientRect().top + window.scrollY))
    const shown = await footerTop()
    expect(await page.locator(`#${initiative.kpis[0]!.id}`).count()).toBe(1)
    await page.waitForTimeout(2000)
    expect(await footerTop()).toBe(shown)
  })
})
