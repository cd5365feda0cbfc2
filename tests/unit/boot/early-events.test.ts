// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fiscalYearOf } from '../../../src/lib/fiscal-year'
import { replayEarlyEvents } from '../../../src/boot/replay-early-events'
import { minifyLoader } from '../../../src/node/minify-loader'
import { STORAGE_KEYS } from '../../../src/lib/device-storage'
import { CONTRASTS, DEFAULT_PREFERENCES, displayClasses, parsePreferences, TEXT_SIZES } from '../../../src/stores/preferences'

// The loader as the pages carry it (minified). The cwd is the repository (vitest runs from it); jsdom's
// import.meta.url is not a file URL.
const loader = minifyLoader(readFileSync(resolve('src/boot/start-app.js'), 'utf8'))

/** A prerendered page before its app: a share button, the text-size choice, a search field, a chart, a link. */
function prerenderedPage(): void {
  document.head.innerHTML = '<meta name="app-entry" content="/assets/app-1.js" data-modules="/assets/app-core-2.js /assets/HomePage-3.js /assets/AppHeader-4.js /assets/AppFooter-5.js /assets/PlanGoalCard-6.js">'
  document.body.innerHTML = `
    <button type="button" id="share">Share</button>
    <input type="radio" name="text-size" value="standard" checked><input type="radio" name="text-size" value="x-large" id="x-large">
    <input type="search" id="q">
    <figure data-replay id="chart"><svg></svg></figure>
    <form><button type="submit" id="submit">Search</button></form>`
  delete (window as { __appAwake?: boolean }).__appAwake
  window.eval(loader)
}

describe('what the reader does before the app arrives', () => {
  // The loader asks for the app in later tasks. Real timers would fire whenever the runner next yields to the
  // event loop, possibly after this file's document is gone ("document is not defined", an unhandled error that
  // fails the run): they are faked, run where a test needs them, and dropped with the test.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    prerenderedPage()
  })
  afterEach(() => {
    vi.clearAllTimers()
    vi.useRealTimers()
  })

  it('asks for the app’s entry only once the page has loaded', () => {
    expect(document.querySelector('script[src="/assets/app-1.js"]')).toBeNull()
    window.dispatchEvent(new Event('load'))
    vi.runAllTimers()
    const script = document.querySelector<HTMLScriptElement>('script[src="/assets/app-1.js"]')
    expect(script?.type).toBe('module')
    // The page's modules are preloaded, a few per task, all of them in the end.
    const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname)
    expect(preloaded).toEqual(['app-core-2', 'HomePage-3', 'AppHeader-4', 'AppFooter-5', 'PlanGoalCard-6'].map((name) => `/assets/${name}.js`))
  })

  it('is played back to the app: presses pressed again, choices and typing given back to controls the app reset', () => {
    document.getElementById('share')!.click()
    document.getElementById('chart')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    document.getElementById('submit')!.addEventListener('click', (event) => event.preventDefault())
    document.getElementById('submit')!.click()
    const xLarge = document.getElementById('x-large') as HTMLInputElement
    xLarge.checked = true
    xLarge.dispatchEvent(new Event('change', { bubbles: true }))
    const search = document.getElementById('q') as HTMLInputElement
    search.value = '窓口'
    search.dispatchEvent(new Event('input', { bubbles: true }))

    // The app arrives: hydration sets the controls from its own state, and attaches its listeners.
    xLarge.checked = false
    search.value = ''
    const heard: string[] = []
    document.getElementById('share')!.addEventListener('click', () => heard.push('share'))
    document.getElementById('chart')!.addEventListener('click', () => heard.push('chart'))
    document.getElementById('submit')!.addEventListener('click', () => heard.push('submit'))
    xLarge.addEventListener('change', () => heard.push(`text size ${xLarge.value}`))
    search.addEventListener('input', () => heard.push(`search ${search.value}`))

    replayEarlyEvents()
    expect(heard).toEqual(['share', 'chart', 'text size x-large', 'search 窓口'])
    expect(xLarge.checked).toBe(true)
    expect(search.value).toBe('窓口')
  })

  it('is played back once: after the app is awake, the reader’s events are the app’s own', () => {
    document.getElementById('share')!.click()
    replayEarlyEvents()
    let presses = 0
    document.getElementById('share')!.addEventListener('click', () => presses++)
    document.getElementById('share')!.click()
    replayEarlyEvents()
    expect(presses).toBe(1)
  })
})

describe('today’s fiscal year, written by the loader for the schedules', () => {
  // The loader would go on to ask for the app in later tasks: those timers are faked and dropped with the test.
  afterEach(() => {
    vi.clearAllTimers()
    vi.useRealTimers()
  })

  it.each(['2024-03-31T23:59:00', '2024-04-01T00:00:00', '2025-12-31T12:00:00', '2026-01-01T08:00:00', '2026-04-01T00:00:00'])(
    'on %s (device time) is the year src/lib/fiscal-year.ts reckons',
    (localTime) => {
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] })
      vi.setSystemTime(new Date(localTime))
      prerenderedPage()
      expect(document.documentElement.dataset.fiscalYear).toBe(String(fiscalYearOf(new Date(localTime))))
    },
  )
})

describe('the reader’s saved display choices, applied by the loader before the first paint', () => {
  /** What the build writes on <html> (every choice at its default). */
  const BUILD_CLASSES = displayClasses(DEFAULT_PREFERENCES, false)
  const huge = `{"textSize":"${'x-large'.repeat(300)}"}`

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    localStorage.clear()
    document.documentElement.className = BUILD_CLASSES
  })
  afterEach(() => {
    vi.clearAllTimers()
    vi.useRealTimers()
    localStorage.clear()
  })

  it.each([
    ['every choice made', '{"textSize":"x-large","contrast":"high","furigana":false}'],
    ['only the text size', '{"textSize":"large"}'],
    ['values of the wrong kind', '{"textSize":"<script>","contrast":42,"furigana":"no","__proto__":{"polluted":true}}'],
    ['not JSON', 'textSize=large; contrast=high'],
    ['a JSON array', '["x-large"]'],
    ['a JSON string', '"x-large"'],
    ['a long text', huge],
  ])('%s: <html> has the classes the app gives the same saved text', (_case, saved) => {
    localStorage.setItem(STORAGE_KEYS.preferences, saved)
    prerenderedPage()
    expect(document.documentElement.className).toBe(displayClasses(parsePreferences(saved), false))
  })

  it('nothing saved: the build’s classes stay', () => {
    prerenderedPage()
    expect(document.documentElement.className).toBe(BUILD_CLASSES)
  })

  it('a shared device in community-center mode is left to the app (each visitor starts afresh)', () => {
    localStorage.setItem(STORAGE_KEYS.preferences, '{"textSize":"x-large"}')
    localStorage.setItem(STORAGE_KEYS.centerMode, '{"enabled":true,"idleSeconds":120,"defaultLocale":"ja","staffCode":""}')
    prerenderedPage()
    expect(document.documentElement.className).toBe(BUILD_CLASSES)
  })

  it('reads the keys the app saves under, and knows its choices', () => {
    const quoted = (text: string) => new RegExp(`["'\`]${text}["'\`]`)
    expect(loader).toMatch(quoted(STORAGE_KEYS.preferences))
    expect(loader).toMatch(quoted(STORAGE_KEYS.centerMode))
    for (const size of TEXT_SIZES) expect(loader).toMatch(quoted(size))
    for (const contrast of CONTRASTS) expect(loader).toMatch(quoted(contrast))
  })
})
