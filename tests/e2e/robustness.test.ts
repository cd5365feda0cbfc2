/**
 * Bad input never breaks the app: mistyped and hostile addresses, script in
 * URLs, corrupt or missing storage, a chart whose code fails. Each test checks
 * what a resident would notice, and that nothing went wrong behind the scenes
 * beyond the one failure the test provokes (allowErrors; the setup checks the rest).
 * Each test starts from a clean phone, its service worker blocked (support/setup.ts):
 * requests a worker made would bypass the request interception the chart tests rely on.
 */
import type { Route } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import type { NumericKpi } from '../../src/schema/plan'
import { FISCAL_YEAR_KEYS } from '../../src/shared/plan-years'
import { listInitiatives, listKpis } from '../../src/data/walk'
import { formatKpiValue } from '../../src/lib/format'
import type { Locale } from '../../src/shared/languages'
import { STORAGE_KEYS } from '../../src/lib/device-storage'
import { loadRealPlan } from '../support/plan'
import { uiStrings } from '../support/ui-strings'
import { allowErrors, appReady, baseUrl, context, errors, goto, heading, openHeaderPanel, page, pathname } from './support/setup'

const plan = loadRealPlan()
const MESSAGES = { ja: uiStrings('ja'), 'ja-easy': uiStrings('ja-easy'), en: uiStrings('en') } as const satisfies Record<Locale, unknown>
const { ja, 'ja-easy': jaEasy, en } = MESSAGES

/** A UI string with its {placeholders} filled, as vue-i18n renders it. */
const fill = (message: string, values: Record<string, string>) => message.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

/** Messages of dialogs (alert, confirm, prompt) the page opened; each is dismissed. */
let dialogs: string[] = []
beforeEach(() => {
  dialogs = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
})

/** The only console error an unknown address may cause: the browser logging the server's 404 for the page itself. */
const isPageNotFoundLog = (error: string) => error.startsWith('error: Failed to load resource: the server responded with a status of 404')

/** What injected markup would leave behind if any URL text ever reached the DOM as HTML. */
async function injectionTraces() {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    // The app never writes inline event handlers (Vue attaches listeners), so any on* attribute was injected.
    inlineHandlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `<${element.localName} ${attribute.name}>`),
    ),
    injectedImages: [...document.querySelectorAll('img')].filter((image) => image.getAttribute('src') === 'x').length,
    injectedScripts: [...document.querySelectorAll('script')].filter((script) => script.textContent.includes('__pwned')).length,
  }))
}

async function expectNothingInjected(): Promise<void> {
  // Give an injected onerror/onload a moment to run before looking for its effect.
  await page.waitForTimeout(200)
  expect(await injectionTraces()).toEqual({ pwned: undefined, inlineHandlers: [], injectedImages: 0, injectedScripts: 0 })
  expect(dialogs).toEqual([])
}

describe('mistyped and unknown addresses', () => {
  beforeEach(() => allowErrors(isPageNotFoundLog))

  it.each<{ path: string; locale: Locale }>([
    { path: '/ja/goals/goal-9', locale: 'ja' },
    { path: '/en/initiatives/does-not-exist', locale: 'en' },
    { path: '/ja-easy/kpis/nope', locale: 'ja-easy' },
    { path: '/ja/sdgs/99', locale: 'ja' },
    { path: '/ja/initiatives/goal-1-m1-z', locale: 'ja' },
    { path: '/ja/no-such-page', locale: 'ja' },
    { path: '/en/goals/goal-1/measures/m1/initiatives/x/kpis/y', locale: 'en' },
    { path: '/nowhere/at/all/', locale: 'ja' },
  ])('$path: a 404 with the not-found page in its language and a working link home', async ({ path, locale }) => {
    const messages = MESSAGES[locale]
    const response = await goto(path)
    expect(response?.status()).toBe(404)
    await expect.poll(() => heading().textContent()).toBe(messages.notFound.title)
    expect(await page.locator('main').innerText()).toContain(messages.notFound.body)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale === 'en' ? 'en' : 'ja')
    expect(pathname()).toBe(path)

    await page.getByRole('link', { name: messages.notFound.home, exact: true }).click()
    await expect.poll(() => pathname()).toBe(`/${locale}`)
    await expect.poll(() => page.locator('main').innerText()).toContain(messages.home.lead)
    expect(await heading().textContent()).not.toBe(messages.notFound.title)
  })
})

describe('addresses naming a language in a hostile or odd way', () => {
  // /fr/goals/goal-1 (redirect with a notice) is covered in languages.test.ts.
  beforeEach(() => allowErrors(isPageNotFoundLog))

  it('a language in capitals opens that language at its proper address, and is remembered as such', async () => {
    await goto('/JA-Easy/goals/goal-1?from=poster#kpis')
    await expect.poll(() => pathname()).toBe('/ja-easy/goals/goal-1')
    expect(new URL(page.url()).search).toBe('?from=poster')
    expect(new URL(page.url()).hash).toBe('#kpis')
    await expect.poll(() => page.locator('main').innerText()).toContain(jaEasy.goal.label.replace('{number}', '1'))
    // Not told "no such language": easy Japanese is what was asked for, and what is shown.
    expect(await page.getByRole('status').filter({ hasText: '「' }).count()).toBe(0)
    // The next visit to the site root opens easy Japanese, not the plain Japanese a miscased URL once fell back to.
    await page.goto(`${baseUrl}/`)
    await expect.poll(() => pathname()).toBe('/ja-easy')
  })

  it('/EN/ opens English', async () => {
    await goto('/EN/')
    await expect.poll(() => pathname()).toBe('/en')
    await expect.poll(() => page.locator('main').innerText()).toContain(en.home.lead)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  })

  it.each([
    { path: '/ja/initiatives/goal-1-m2-b.html', shown: '/ja/initiatives/goal-1-m2-b' },
    { path: '/en.html', shown: '/en' },
  ])('$path (the file a static host also serves) stays its page and moves to its own address', async ({ path, shown }) => {
    // Marks the heading the server sent, before the app starts (it starts after the page has loaded).
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const prerendered = document.querySelector<HTMLElement & { isPrerendered?: boolean }>('main h1')
        if (prerendered) prerendered.isPrerendered = true
      }),
    )
    await goto(`${path}?from=poster#kpis`)
    await expect.poll(() => pathname()).toBe(shown)
    expect(new URL(page.url()).search).toBe('?from=poster')
    expect(new URL(page.url()).hash).toBe('#kpis')
    await expect.poll(() => page.locator('main').innerText()).not.toContain(MESSAGES[shown.startsWith('/en') ? 'en' : 'ja'].notFound.title)
    // The prerendered page was hydrated, not swapped for the not-found page and rendered again.
    expect(await page.evaluate(() => document.querySelector<HTMLElement & { isPrerendered?: boolean }>('main h1')?.isPrerendered)).toBe(true)
  })

  it('a script tag as the language is a plain unknown address, echoed nowhere', async () => {
    const response = await goto('/%3Cscript%3Ewindow.__pwned=1%3C%2Fscript%3E/goals/goal-1')
    expect(response?.status()).toBe(404)
    await expect.poll(() => heading().textContent()).toBe(ja.notFound.title)
    expect(await page.getByRole('status').filter({ hasText: '「' }).count()).toBe(0)
    await expectNothingInjected()
  })

  it('a planted unknownLocale notice is replaced by the language actually asked for', async () => {
    await goto('/zh-TW/goals/goal-1?unknownLocale=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E')
    await expect.poll(() => pathname()).toBe('/ja/goals/goal-1')
    await expect.poll(() => heading().textContent()).toBe(plan.goals[0]!.title.ja)
    const notice = page.getByRole('status').filter({ hasText: '「' })
    expect(await notice.textContent()).toBe(fill(ja.language.unknown, { requested: 'zh-TW' }))
    await expectNothingInjected()
  })

  it('an unknown language in front of a hostile search keeps the search, as text', async () => {
    const query = '<script>window.__pwned=1</script>'
    await goto(`/fr/search?q=${encodeURIComponent(query)}`)
    await expect.poll(() => pathname()).toBe('/ja/search')
    await expect.poll(() => page.getByRole('status').filter({ hasText: '「' }).textContent()).toBe(
      fill(ja.language.unknown, { requested: 'fr' }),
    )
    await expect.poll(() => page.getByLabel(ja.search.label).inputValue()).toBe(query)
    expect(await page.locator('main').innerText()).toContain(fill(ja.search.none, { query }))
    // Reloaded (or shared), the address it landed on gives the same page: notice, search and all.
    await page.reload()
    await appReady()
    await expect.poll(() => page.getByRole('status').filter({ hasText: '「' }).textContent()).toBe(
      fill(ja.language.unknown, { requested: 'fr' }),
    )
    await expect.poll(() => page.getByLabel(ja.search.label).inputValue()).toBe(query)
    expect(await page.locator('main').innerText()).toContain(fill(ja.search.none, { query }))
    await expectNothingInjected()
  })
})

describe('script in query strings and paths', () => {
  const searches = [
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    "'><svg onload=window.__pwned=1>",
    '{{ constructor.constructor("window.__pwned=1")() }}',
  ]

  it.each(searches)('a search for %s is shown as the reader typed it, and run nowhere', async (query) => {
    await goto(`/ja/search?q=${encodeURIComponent(query)}`)
    await expect.poll(() => page.getByLabel(ja.search.label).inputValue()).toBe(query)
    await expect.poll(() => page.locator('main').innerText()).toContain(fill(ja.search.none, { query }))
    await expectNothingInjected()
  })

  it('a hostile search typed into the box is shown as text, in the address too', async () => {
    const query = '<img src=x onerror=alert(1)>'
    await goto('/en/search')
    await page.getByLabel(en.search.label).fill(query)
    await page.getByRole('button', { name: en.search.submit }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query)
    expect(await page.locator('main').innerText()).toContain(fill(en.search.none, { query }))
    await page.reload()
    await appReady()
    await expect.poll(() => page.getByLabel(en.search.label).inputValue()).toBe(query)
    await expectNothingInjected()
  })

  it.each<{ path: string; locale: Locale }>([
    { path: '/en/<img src=x onerror=window.__pwned=1>', locale: 'en' },
    { path: '/ja/goals/%3Csvg%20onload%3Dwindow.__pwned%3D1%3E', locale: 'ja' },
    { path: '/ja-easy/initiatives/%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', locale: 'ja-easy' },
    { path: '/EN/goals/%3Csvg%20onload%3Dwindow.__pwned%3D1%3E', locale: 'en' },
  ])('markup in the path $path gives the not-found page, nothing more', async ({ path, locale }) => {
    allowErrors(isPageNotFoundLog)
    const response = await goto(path)
    expect(response?.status()).toBe(404)
    await expect.poll(() => heading().textContent()).toBe(MESSAGES[locale].notFound.title)
    await expectNothingInjected()
  })

  it('a planted unknownLocale on a page shows no notice and runs nothing', async () => {
    await goto(`/ja/goals/goal-1?unknownLocale=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}`)
    expect(await heading().textContent()).toBe(plan.goals[0]!.title.ja)
    expect(await page.getByRole('status').filter({ hasText: '「' }).count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain('<img')
    await expectNothingInjected()
  })
})

describe('saved preferences that are corrupt, foreign or huge', () => {
  const SEEDED = 'robustness:seeded'
  /** A value to plant: head + body repeated `times` + tail (built in the page, so a huge one is not shipped as script). */
  interface Planted {
    head?: string
    body: string
    times?: number
    tail?: string
  }

  /** Puts `value` in the preferences' storage before the app's first load, once per tab (a reload keeps what the app saved). */
  async function seed({ head = '', body, times = 1, tail = '' }: Planted): Promise<string> {
    await context.addInitScript(
      ({ key, value, marker }) => {
        if (location.protocol !== 'http:' || sessionStorage.getItem(marker)) return
        sessionStorage.setItem(marker, '1')
        localStorage.setItem(key, value.head + value.body.repeat(value.times) + value.tail)
      },
      { key: STORAGE_KEYS.preferences, value: { head, body, times, tail }, marker: SEEDED },
    )
    return head + body.repeat(times) + tail
  }

  const saved = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.preferences)
  const htmlClass = () => page.evaluate(() => document.documentElement.className)

  it.each<{ name: string; value: Planted }>([
    { name: 'not JSON', value: { body: 'textSize=large; contrast=high' } },
    { name: 'JSON of another shape', value: { body: '{"textSize":"<script>","contrast":42,"furigana":"no","__proto__":{"polluted":true}}' } },
    { name: 'a huge string (2 million characters)', value: { head: '{"textSize":"', body: 'x-large', times: 300_000, tail: '"}' } },
  ])('$name: the app opens with the default settings, and the first change saves a valid value', async ({ value }) => {
    const planted = await seed(value)
    await goto('/ja')
    // The planted value really was there when the app read it (a huge one did not exceed the quota).
    expect(await saved()).toBe(planted)
    expect(await htmlClass()).toContain('text-standard')
    expect(await htmlClass()).toContain('contrast-standard')
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined()

    await openHeaderPanel('menu')
    const textSizes = page.getByRole('group', { name: ja.display.textSize })
    expect(await textSizes.getByLabel(ja.display.textSizes.standard).isChecked()).toBe(true)
    await page.getByLabel(ja.display.textSizes['x-large']).check()
    await page.getByLabel(ja.display.contrasts.high).check()
    // The page's classes follow the choices a moment later (the head is patched after the change): wait for both.
    await expect.poll(() => htmlClass()).toMatch(/(?=.*\btext-x-large\b)(?=.*\bcontrast-high\b)/)
    await expect.poll(async () => JSON.parse((await saved()) ?? 'null') as unknown).toEqual({ textSize: 'x-large', contrast: 'high', furigana: true })

    await page.reload()
    await appReady()
    await expect.poll(() => htmlClass()).toMatch(/(?=.*\btext-x-large\b)(?=.*\bcontrast-high\b)/)
  })
})

describe('without storage (private modes, storage turned off, storage full)', () => {
  const variants = {
    'storage forbidden': () => {
      for (const name of ['localStorage', 'sessionStorage'] as const) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('denied', 'SecurityError')
          },
        })
      }
    },
    'storage full': () => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('full', 'QuotaExceededError')
      }
    },
  }

  it.each(Object.keys(variants) as (keyof typeof variants)[])('%s: pages open, links work, a larger text size applies for the visit', async (variant) => {
    await context.addInitScript(variants[variant])
    // The site root chooses a language from storage first; without storage it still opens one.
    await page.goto(`${baseUrl}/`)
    await expect.poll(() => pathname()).toBe('/ja')
    await appReady()
    // The init script is in force (else this test proves nothing).
    const storageWorks = await page.evaluate(() => {
      try {
        localStorage.setItem('probe', '1')
        return true
      } catch {
        return false
      }
    })
    expect(storageWorks).toBe(false)

    await openHeaderPanel('menu')
    await page.getByLabel(ja.display.textSizes['x-large']).check()
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain('text-x-large')

    const goal = plan.goals[1]!
    await page.getByRole('link', { name: goal.title.ja }).first().click()
    await expect.poll(() => heading().textContent()).toBe(goal.title.ja)
    await openHeaderPanel('languages')
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await expect.poll(() => pathname()).toBe(`/en/goals/${goal.id}`)
    await expect.poll(() => heading().textContent()).toBe(goal.title.en)
    expect(await page.evaluate(() => document.documentElement.className)).toContain('text-x-large')

    await goto('/ja/initiatives/goal-1-m1-a')
    expect(await heading().textContent()).toBe(plan.goals[0]!.measures[0]!.initiatives[0]!.title.ja)
  })
})

describe('a chart whose code fails', () => {
  const marker = 'ECharts sabotaged by robustness.test.ts'
  const isEchartsChunk = (url: URL) => /echarts[^/]*\.js$/.test(url.pathname)
  /**
   * The failure this test provokes, as the page reports it: an error naming the chunk (a failed dynamic
   * import) or carrying the thrown message, and for a failed download the browser's own note of it
   * (which names no URL; the failed requests are checked separately).
   */
  const isProvokedFailure = (error: string) =>
    /\/assets\/[^/\s]*echarts[^/\s]*\.js/.test(error) || error.includes(marker) || error.startsWith('error: Failed to load resource: net::ERR_FAILED')

  type Sabotage = (route: Route) => Promise<void>
  const sabotages: Record<string, Sabotage> = {
    'the chart library fails to download': (route) => route.abort('failed'),
    'the chart library throws as it loads': (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: `throw new Error(${JSON.stringify(marker)})` }),
  }

  /** Every chart on the page is scrolled to, pointed at and tapped: whatever the chart waits for to load its library. */
  async function useEveryChart(): Promise<void> {
    const charts = page.locator('main figure')
    const count = await charts.count()
    expect(count).toBeGreaterThan(0)
    for (let index = 0; index < count; index++) {
      const chart = charts.nth(index)
      await chart.scrollIntoViewIfNeeded()
      await chart.hover()
      await chart.tap()
    }
  }

  /** The KPI's baseline and targets as its table prints them. */
  const printedValues = (kpi: NumericKpi) =>
    [kpi.baseline, ...FISCAL_YEAR_KEYS.map((year) => kpi.targets[year])]
      .filter((value) => value !== null)
      .map((value) => formatKpiValue(kpi, value, 'ja'))

  async function expectTableShows(kpi: NumericKpi): Promise<void> {
    const table = page.getByRole('table').filter({ hasText: kpi.name.ja }).first()
    const shown = (await table.innerText()).replace(/\s+/g, ' ')
    for (const value of printedValues(kpi)) expect(shown, `${kpi.id}: ${value}`).toContain(value)
  }

  const numeric = listKpis(plan).filter((item): item is typeof item & { kpi: NumericKpi } => item.kpi.kind === 'numeric')
  const { kpi, initiative } = numeric[0]!
  const manyCharts = listInitiatives(plan).find(({ initiative }) => initiative.kpis.filter((each) => each.kind === 'numeric').length >= 2)!

  it.each(Object.keys(sabotages))('%s: the KPI page and an initiative page keep their headings, numbers and links', async (name) => {
    // The only problems are the chart's own failure (and, for a failed download, the browser's note of it);
    // an uncaught one (a page error) would be a failure of the app's own.
    allowErrors((error) => isProvokedFailure(error) && !error.startsWith('pageerror:'))
    const chunkRequests: string[] = []
    await page.route(isEchartsChunk, (route) => {
      chunkRequests.push(route.request().url())
      return sabotages[name]!(route)
    })
    const failedRequests: string[] = []
    page.on('requestfailed', (request) => failedRequests.push(request.url()))

    await goto(`/ja/kpis/${kpi.id}`)
    await useEveryChart()
    // The sabotage took effect: the page asked for the chart library, and the chart reported its failure.
    await expect.poll(() => chunkRequests.length).toBeGreaterThan(0)
    await expect.poll(() => errors().some(isProvokedFailure)).toBe(true)
    expect(await heading().textContent()).toBe(kpi.name.ja)
    await expectTableShows(kpi)

    // Navigation still works: up to the initiative (its charts drawn in the app this time), to another
    // initiative with several charts (a full load, with the build's drawings), then to the search page.
    await page.getByRole('link', { name: initiative.title.ja, exact: true }).click()
    await expect.poll(() => heading().textContent()).toBe(initiative.title.ja)
    await useEveryChart()
    for (const each of initiative.kpis) if (each.kind === 'numeric') await expectTableShows(each)
    // Reached inside the app, the page has no drawing from the build: the reader is told, not left with a blank box.
    await expect.poll(() => page.locator('main').innerText()).toContain(ja.kpi.chartFailed)
    await goto(`/ja/initiatives/${manyCharts.initiative.id}`)
    await useEveryChart()
    expect(await heading().textContent()).toBe(manyCharts.initiative.title.ja)
    for (const each of manyCharts.initiative.kpis) if (each.kind === 'numeric') await expectTableShows(each)
    await openHeaderPanel('menu')
    await page.getByRole('navigation', { name: ja.app.navigationLabel }).getByRole('link', { name: ja.nav.search }).click()
    await expect.poll(() => heading().textContent()).toBe(ja.search.title)

    expect(failedRequests.filter((url) => !isEchartsChunk(new URL(url)))).toEqual([])
  })
})
