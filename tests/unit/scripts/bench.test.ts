import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { atThreadTime, calibratedSlowdown, checksOf, scriptFreeTwin, withoutStackRecording } from '../../../scripts/bench.mjs'
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js'

const twinOf = scriptFreeTwin as (html: string) => string

describe('a page’s script-free twin', () => {
  const page = [
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
    '<link rel="stylesheet" crossorigin href="/assets/style-1.css">',
    '<link rel="modulepreload" crossorigin href="/assets/app-core-2.js"><link rel=modulepreload href="/assets/HomePage-3.js">',
    '<script type="module" async crossorigin src="/assets/app-4.js"></script>',
    '<link rel="manifest" href="/manifest.webmanifest"></head>',
    '<body><div id="app"><main><h1>厚木市</h1></main></div><script>addEventListener("load", () => {})</script></body></html>',
  ].join('')

  it('keeps the markup, the stylesheet and the manifest', () => {
    const twin = twinOf(page)
    expect(twin).toContain('<main><h1>厚木市</h1></main>')
    expect(twin).toContain('<link rel="stylesheet" crossorigin href="/assets/style-1.css">')
    expect(twin).toContain('<link rel="manifest" href="/manifest.webmanifest">')
  })

  it('loses every script, inline or not, and every modulepreload, so nothing of the app (its worker included) starts', () => {
    const twin = twinOf(page)
    expect(twin).not.toMatch(/<script/i)
    expect(twin).not.toMatch(/modulepreload/i)
  })
})

describe('the CPU slowdown the benchmark calibrates per run', () => {
  it('is Lighthouse’s default 4× on the high-end desktop the default assumes, less on a slower machine', () => {
    expect(calibratedSlowdown(2000)).toBe(4)
    expect(calibratedSlowdown(1118)).toBe(2.2)
    expect(calibratedSlowdown(3100)).toBe(6.2)
  })

  it('never speeds a machine up: one slower than the emulated phone is measured as it is', () => {
    expect(calibratedSlowdown(300)).toBe(1)
  })
})

describe('the trace the benchmark asks Lighthouse for', () => {
  const lighthouseCategories = (TraceGatherer as { getDefaultTraceCategories: () => string[] }).getDefaultTraceCategories()
  const kept = (withoutStackRecording as (categories: string[]) => string[])(lighthouseCategories)

  it('leaves out the JavaScript stack recording, which slows the page’s scripts (and not its twin) while traced', () => {
    expect(kept).not.toContain('disabled-by-default-devtools.timeline.stack')
    expect(kept.some((category) => category.includes('rundown'))).toBe(false)
  })

  it('keeps every category the metrics are computed from', () => {
    for (const category of ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'disabled-by-default-lighthouse', 'v8.execute']) {
      expect(kept).toContain(category)
    }
  })

  it('stops with a clear message when Lighthouse no longer records what it leaves out', () => {
    expect(() => (withoutStackRecording as (categories: string[]) => string[])(['devtools.timeline'])).toThrow(/no longer records .*timeline\.stack/)
  })
})

describe('the verdict on a page beside its twin', () => {
  type Medians = { scores: Record<string, number>; metrics: Record<string, number> }
  type Check = { id: string; target: string; pass: boolean }
  const check = checksOf as (page: Medians, twin: Medians, targets: object) => Check[]
  const targets = {
    minScore: { accessibility: 100 },
    maxScoreBelowTwin: { performance: 2 },
    maxMsAboveTwin: { 'total-blocking-time': 100 },
    maxRatioToTwin: { 'largest-contentful-paint': 1.15 },
  }
  const twin: Medians = { scores: { performance: 99, accessibility: 100 }, metrics: { 'total-blocking-time': 90, 'largest-contentful-paint': 1300 } }
  const page = (performance: number, tbt: number, lcp: number, accessibility = 100): Medians => ({
    scores: { performance, accessibility },
    metrics: { 'total-blocking-time': tbt, 'largest-contentful-paint': lcp },
  })
  const missed = (medians: Medians) => check(medians, twin, targets).filter((result) => !result.pass).map((result) => result.id)

  it('passes a page whose scripts add at most 100 ms of blocking and 2 points to what its twin scores', () => {
    expect(missed(page(97, 190, 1495))).toEqual([])
  })

  it('judges blocking time as what the page adds to its twin’s, so a twin slow to lay out does not fail the page', () => {
    expect(missed(page(97, 191, 1300))).toEqual(['total-blocking-time'])
    expect(check(page(97, 191, 1300), twin, targets).find((result) => result.id === 'total-blocking-time')?.target).toBe('≤ twin + 100 ms (190)')
  })

  it('misses Performance more than 2 points below the twin’s, paints past 1.15 × the twin’s, and any accessibility below 100', () => {
    expect(missed(page(96, 100, 1496, 99))).toEqual(['accessibility', 'performance', 'largest-contentful-paint ÷ twin'])
  })
})

describe('the trace the simulation is given: each main-thread task at the time the thread really ran', () => {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: object }
  const compress = atThreadTime as (events: TraceEvent[], url: string) => { events: TraceEvent[]; wallMs: number; threadMs: number }
  const url = 'http://127.0.0.1:4173/ja'
  const main = { pid: 1, tid: 7 }
  const events: TraceEvent[] = [
    { ...main, name: 'ParseHTML', ph: 'X', ts: 1_000, dur: 2_000, args: { beginData: { url } } },
    // A task the machine stretched: 40 ms on the wall clock, 10 ms on the thread, a function call 20 ms into it.
    { ...main, name: 'RunTask', ph: 'X', ts: 100_000, dur: 40_000, tdur: 10_000 },
    { ...main, name: 'FunctionCall', ph: 'X', ts: 120_000, dur: 16_000, tdur: 4_000 },
    // A task that ran uninterrupted, and one with no thread time recorded: both kept as they are.
    { ...main, name: 'RunTask', ph: 'X', ts: 200_000, dur: 8_000, tdur: 8_000 },
    { ...main, name: 'RunTask', ph: 'X', ts: 300_000, dur: 5_000 },
    // Another thread's task (the compositor's) is none of the main thread's business.
    { pid: 1, tid: 9, name: 'RunTask', ph: 'X', ts: 100_000, dur: 40_000, tdur: 1_000 },
  ]
  const { events: compressed, wallMs, threadMs } = compress(events, url)

  it('shortens a stretched task to its thread time, from where it started, and what runs inside it with it', () => {
    expect(compressed[1]).toMatchObject({ ts: 100_000, dur: 10_000 })
    expect(compressed[2]).toMatchObject({ ts: 105_000, dur: 4_000 })
  })

  it('keeps tasks that were not stretched, and other threads’ tasks, as recorded', () => {
    expect(compressed.slice(3)).toEqual(events.slice(3))
  })

  it('reports how long the main thread’s tasks took on the wall clock and on the thread', () => {
    expect(wallMs).toBe(53)
    expect(threadMs).toBe(23)
  })

  it('says which page it could not find, rather than compressing the wrong thread', () => {
    expect(() => compress(events, 'http://127.0.0.1:4173/en')).toThrow(/has no ParseHTML of it/)
  })
})
