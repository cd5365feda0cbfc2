/**
 * Print views for a community center's wall: each fits A4 portrait with
 * nothing cut off, and its QR code (drawn on the device) opens the page.
 * Page counts come from Chromium's own print-to-PDF.
 */
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { listInitiatives } from '../../src/data/walk'
import { LOCALES } from '../../src/shared/languages'
import { loadRealPlan } from '../support/plan'
import { baseUrl, goto, newPage, page as phone, serviceWorkerInControl } from './support/setup'

const plan = loadRealPlan()
/** The page showing the print view: this test's phone, or one with the service worker in control. */
let page: Page

async function openPoster(path: string, target: Page = phone): Promise<void> {
  page = target
  await goto(path, page)
  // Every sheet's QR code drawn (they appear once the app knows the address it is served from).
  await page.waitForFunction(() => {
    const sheets = document.querySelectorAll('.poster-sheet').length
    return sheets > 0 && document.querySelectorAll('.poster-qr-code svg').length === sheets
  })
}

/** What a phone's camera would read from the n-th QR code on the page. */
async function decodeQr(index = 0): Promise<string | undefined> {
  const image = PNG.sync.read(await page.locator('.poster-qr-code').nth(index).screenshot())
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
}

/** Sheets of A4 paper the page prints on, as Chromium's print-to-PDF lays it out. */
async function printedPages(): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0
}

describe('an initiative’s notice', () => {
  it('carries a QR code that opens the initiative’s page, in the notice’s language', async () => {
    const { initiative } = listInitiatives(plan)[4]!
    for (const locale of LOCALES) {
      await openPoster(`/${locale}/initiatives/${initiative.id}/poster`)
      expect(await decodeQr()).toBe(`${baseUrl}/${locale}/initiatives/${initiative.id}`)
      // One sheet exactly: no overflow, and no blank sheet after it.
      expect(await printedPages()).toBe(1)
    }
  })

  it('shows the title, the plain-language summary, every KPI with its targets, the departments and the source', async () => {
    const { initiative } = listInitiatives(plan).find(({ initiative }) => initiative.kpis.length > 1)!
    await openPoster(`/ja-easy/initiatives/${initiative.id}/poster`)
    const sheet = page.locator('.poster-sheet')
    // Easy Japanese keeps its readings on paper, and in the page's heading on screen.
    expect(await sheet.locator('.poster-title ruby').count()).toBeGreaterThan(0)
    expect(await page.locator('main h1 ruby').count()).toBeGreaterThan(0)
    expect(await sheet.locator('.poster-kpis tbody tr').count()).toBe(initiative.kpis.length)
    const text = await sheet.innerText()
    for (const kpi of initiative.kpis) {
      const finalTarget = kpi.targets.fy2026
      if (finalTarget && 'number' in finalTarget) expect(text).toContain(new Intl.NumberFormat('ja-JP').format(finalTarget.number))
    }
    expect(text).toContain('たんとう の か')
    expect(text).toContain(`${initiative.sourcePage}ページ`)
  })
})

describe('a goal’s notices, printed on A4', () => {
  for (const locale of LOCALES) {
    it(`put each initiative on one sheet of its own, nothing cut off (${locale})`, async () => {
      for (const goal of plan.goals) {
        const initiatives = listInitiatives(plan).filter((entry) => entry.goal.id === goal.id)
        await openPoster(`/${locale}/goals/${goal.id}/poster`)
        const goalSheets = await printedPages()
        // Nothing wider than the paper: a cut-off right edge would not show in a page count.
        await page.emulateMedia({ media: 'print' })
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true)
        // Back to no emulation: page.pdf() under an emulated screen would print with screen styles.
        await page.emulateMedia({ media: null })

        await page.locator('input[name="with-initiatives"]').check()
        await page.waitForFunction((count) => document.querySelectorAll('.poster-qr-code svg').length === count, initiatives.length + 1)
        expect(new URL(page.url()).searchParams.get('initiatives')).toBe('all')
        // One more sheet per initiative, exactly: an initiative that overflowed its sheet would add one.
        expect(await printedPages(), goal.id).toBe(goalSheets + initiatives.length)
        // The goal's own sheet and each initiative's lead to their own pages.
        expect(await decodeQr(0)).toBe(`${baseUrl}/${locale}/goals/${goal.id}`)
        expect(await decodeQr(initiatives.length)).toBe(`${baseUrl}/${locale}/initiatives/${initiatives.at(-1)!.initiative.id}`)
      }
    })
  }
})

describe('print views with the service worker in control', () => {
  it('come from the network while online (the prerendered page, taken over as it is), and open offline from the fallback', async () => {
    page = await newPage({ serviceWorkers: 'allow' })
    // Vue says "Attempting to hydrate … container is empty" when a page had to be drawn afresh (404.html).
    const redraws: string[] = []
    page.on('console', (message) => {
      if (/hydrate/i.test(message.text())) redraws.push(`${message.text()} (${page.url()})`)
    })
    await goto('/ja', page)
    await serviceWorkerInControl(page)

    await page.goto(`${baseUrl}/ja/goals/goal-2/poster`)
    await page.locator('.poster-qr-code svg').waitFor()
    expect(redraws).toEqual([])

    // Offline and never seen: drawn from the cached 404.html.
    await page.context().setOffline(true)
    await page.goto(`${baseUrl}/en/initiatives/goal-3-m1-a/poster`)
    await page.locator('.poster-qr-code svg').waitFor()
    expect(await decodeQr()).toBe(`${baseUrl}/en/initiatives/goal-3-m1-a`)
  })
})
