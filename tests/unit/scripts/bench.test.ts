import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { calibratedSlowdown, scriptFreeTwin } from '../../../scripts/bench.mjs'

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
