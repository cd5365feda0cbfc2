/**
 * Community-center mode on a shared tablet: set up once by staff, then every
 * visitor starts afresh after a while without a touch, online or offline.
 * Time is Playwright's fake clock: the test waits no real two minutes.
 */
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { appReady, baseUrl, goto, newPage, openHeaderPanel, page as phone, serviceWorkerActive } from './support/setup'

const IDLE_MS = 60_000
const COUNTDOWN_MS = 15_000
/** A center whose visitors start in easy Japanese, back to the start after one minute without a touch. */
const SETUP = `?center=on&centerLocale=ja-easy&centerIdle=${IDLE_MS / 1000}`

/** The device under test: the shared tablet, or an ordinary phone for the staff page. */
let page: Page
const htmlClass = () => page.evaluate(() => document.documentElement.className)
const countdown = () => page.getByRole('alertdialog')

/** A fresh device (empty storage, set to English), its clock under the test's control, set up by the staff link. */
async function sharedDevice({ serviceWorker = false } = {}): Promise<void> {
  page = await newPage({ locale: 'en-US', fakeClock: true, serviceWorkers: serviceWorker ? 'allow' : 'block' })
  await goto(`/ja${SETUP}`, page)
}

describe('setting up a shared device', () => {
  it('takes one link, says so, drops the link from the address and remembers it', async () => {
    await sharedDevice()
    await expect.poll(() => page.getByRole('status').filter({ hasText: '公民館モードをオンにしました' }).count()).toBe(1)
    await expect.poll(() => page.url()).toBe(`${baseUrl}/ja`)
    expect(await htmlClass()).toContain('center-mode')
    // Said once, on the page the link opened.
    await openHeaderPanel('menu', page)
    await page.getByRole('link', { name: '用語集' }).first().click()
    await page.waitForURL(`${baseUrl}/ja/glossary`)
    await expect.poll(() => page.getByRole('status').filter({ hasText: '公民館モードをオンにしました' }).count()).toBe(0)
    await page.reload()
    await appReady(page)
    await expect.poll(htmlClass).toContain('center-mode')
  })

  it('makes text and touch targets a step larger', async () => {
    await sharedDevice()
    await expect.poll(htmlClass).toContain('center-mode')
    await openHeaderPanel('menu', page)
    const sizes = await page.evaluate(() => ({
      root: getComputedStyle(document.documentElement).fontSize,
      navLink: document.querySelector('.app-header nav:not(.language-switch) a')!.getBoundingClientRect().height,
      menuButton: document.querySelector('.app-header details:has(.display-settings) > summary')!.getBoundingClientRect(),
      goalCard: document.querySelector('.goal-card')!.getBoundingClientRect().height,
    }))
    expect(sizes.root).toBe('18px')
    expect(sizes.navLink).toBeGreaterThanOrEqual(56)
    expect(Math.min(sizes.menuButton.width, sizes.menuButton.height)).toBeGreaterThanOrEqual(56)
    expect(sizes.goalCard).toBeGreaterThanOrEqual(56)
  })

  it('shows links that would leave the app as text', async () => {
    await sharedDevice()
    await goto('/en/about', page)
    await expect.poll(htmlClass).toContain('center-mode')
    const leaving = page.locator('a[href^="tel:"], a[href^="mailto:"], a[href^="http"], a[href$=".html"], a[download]')
    await expect.poll(() => leaving.count()).toBe(0)
    // The phone number is still there to read and note down.
    expect(await page.locator('.contact').innerText()).toMatch(/046-\d+-\d+/)
  })
})

describe('between two visitors', () => {
  it('returns an idle page to the start in the center’s language and forgets the visitor’s language and text size', async () => {
    await sharedDevice()
    // A visitor reads in English, in extra-large text, far down an initiative page.
    await goto('/en/initiatives/goal-1-m2-b', page)
    // Sharing would leave the app (mail, other apps): a shared device offers the print view, not the share sheet.
    await expect.poll(() => page.getByRole('button', { name: 'Share' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Print as a notice (A4)' }).count()).toBe(1)
    await openHeaderPanel('menu', page)
    await page.getByLabel('Extra large').check()
    await expect.poll(htmlClass).toContain('text-x-large')
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))

    // Then leaves. After the idle period a countdown says what is about to happen…
    await page.clock.runFor(IDLE_MS)
    await expect.poll(() => countdown().count()).toBe(1)
    expect(await countdown().innerText()).toContain('Returning to the start page in 15 seconds')
    // …and then the app starts again for the next visitor.
    await page.clock.runFor(COUNTDOWN_MS)
    await page.waitForURL(`${baseUrl}/ja-easy`)
    await appReady(page)
    const state = await page.evaluate(() => ({
      className: document.documentElement.className,
      lang: document.documentElement.lang,
      scrollY: window.scrollY,
      preferences: localStorage.getItem('atsugi-plan:preferences'),
    }))
    expect(state.className).toContain('text-standard')
    expect(state.className).not.toContain('text-x-large')
    expect(state.className).toContain('center-mode')
    expect(state.lang).toBe('ja')
    expect(state.scrollY).toBe(0)
    expect(state.preferences === null || !state.preferences.includes('x-large')).toBe(true)
    // The next visitor opening the app's start address gets the center's language, not the last visitor's.
    await page.goto(`${baseUrl}/`)
    await page.waitForURL(`${baseUrl}/ja-easy`)
  })

  it('lets a touch during the countdown cancel it, and the reader carries on where they were', async () => {
    await sharedDevice()
    await goto('/en/glossary', page)
    await page.clock.runFor(IDLE_MS)
    await expect.poll(() => countdown().count()).toBe(1)
    // The countdown takes focus, so a keyboard or screen-reader user is told and can answer.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep reading')
    // Any touch will do, not only the button: here, the page's heading.
    await page.locator('main h1').tap()
    await expect.poll(() => countdown().count()).toBe(0)
    await page.clock.runFor(COUNTDOWN_MS + 1000)
    expect(page.url()).toBe(`${baseUrl}/en/glossary`)
    // The wait starts over: the whole idle period again before the next countdown.
    await page.clock.runFor(IDLE_MS - COUNTDOWN_MS - 2000)
    expect(await countdown().count()).toBe(0)
  })

  it('works with no network: the reset and the start page come from the device', async () => {
    await sharedDevice({ serviceWorker: true })
    await serviceWorkerActive(page)
    await page.context().setOffline(true)
    await goto('/en/about', page)
    await expect.poll(htmlClass).toContain('center-mode')
    // The idle guard starts counting once its code has come from the device, a moment after the mode shows.
    // The clock is the test's: it moves on in steps until the countdown is there, as real time would.
    await expect
      .poll(async () => {
        await page.clock.runFor(IDLE_MS / 4)
        return countdown().count()
      })
      .toBe(1)
    await page.clock.runFor(COUNTDOWN_MS)
    await page.waitForURL(`${baseUrl}/ja-easy`)
    await appReady(page)
    expect(await page.locator('h1').innerText()).not.toBe('')
    await expect.poll(htmlClass).toContain('center-mode')
  })
})

describe('the staff page', () => {
  // On an ordinary phone (set to Japanese): this test's default page.
  beforeEach(() => {
    page = phone
  })

  it('turns the mode off only with the staff code, and says why not', async () => {
    await goto('/ja/center')
    await page.getByLabel('職員コード（4〜8桁の数字、任意）').fill('2468')
    await page.getByRole('button', { name: 'オンにする' }).click()
    await expect.poll(htmlClass).toContain('center-mode')
    expect(await page.locator('.center-status-value').innerText()).toBe('この端末ではオンです。')

    await page.getByLabel('職員コード', { exact: true }).fill('1111')
    await page.getByRole('button', { name: 'オフにする' }).click()
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '職員コードが違います' }).count()).toBe(1)
    expect(await htmlClass()).toContain('center-mode')

    await page.getByLabel('職員コード', { exact: true }).fill('2468')
    await page.getByRole('button', { name: 'オフにする' }).click()
    await expect.poll(htmlClass).not.toContain('center-mode')
    expect(await page.locator('.center-status-value').innerText()).toBe('この端末ではオフです。')
  })

  it('ignores a corrupt saved setting: the device is an ordinary one', async () => {
    await page.goto(`${baseUrl}/en`)
    await page.evaluate(() => localStorage.setItem('atsugi-plan:center-mode', '{"enabled":'))
    await page.reload()
    await appReady(page)
    expect(await htmlClass()).not.toContain('center-mode')
  })
})
