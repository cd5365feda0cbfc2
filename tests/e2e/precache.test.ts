/** The service worker the build generated precaches everything the app needs offline. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prerenderedPaths } from '../../src/router/paths'
import { loadRealPlan } from '../support/plan'

const serviceWorker = readFileSync('dist/sw.js', 'utf8')
const precached = new Set([...serviceWorker.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]))
const assets = readdirSync('dist/assets')
const asset = (pattern: RegExp) => assets.filter((name) => pattern.test(name)).map((name) => `assets/${name}`)

describe('the precache manifest', () => {
  it('lists every prerendered page of every language', () => {
    const pages = prerenderedPaths(loadRealPlan()).map((path) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`))
    expect(pages.filter((page) => !precached.has(page))).toEqual([])
  })

  it('lists every JavaScript and CSS file, the ECharts chunk and each locale’s messages among them', () => {
    const code = asset(/\.(js|css)$/)
    expect(code.filter((file) => !precached.has(file))).toEqual([])
    for (const chunk of [/^echarts-/, /^ja-(?!easy-)/, /^ja-easy-/, /^en-/, /^plan-/]) expect(asset(chunk), String(chunk)).toHaveLength(1)
  })

  it('lists the plan data, the manifest, the icon and the 404 fallback', () => {
    for (const file of ['data/plan.json', 'data/kpis.csv', 'manifest.webmanifest', 'favicon.svg', '404.html']) expect(precached).toContain(file)
    expect(serviceWorker).toContain('"404.html"')
  })
})
