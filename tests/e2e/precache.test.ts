/** The service worker the build generated precaches everything the app needs offline. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allPlanPartRequests } from '../../src/data/plan-part-builders'
import { planPartFile } from '../../src/data/plan-parts'
import { NOT_PRECACHED_PAGE, prerenderedPaths } from '../../src/router/prerendered-paths'
import { LOCALES } from '../../src/shared/languages'
import { loadRealPlan } from '../support/plan'

const serviceWorker = readFileSync('dist/sw.js', 'utf8')
const precached = new Set([...serviceWorker.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]))
const assets = readdirSync('dist/assets')
const asset = (pattern: RegExp) => assets.filter((name) => pattern.test(name)).map((name) => `assets/${name}`)

describe('the precache manifest', () => {
  const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`)

  it('lists every prerendered page of every language, print views aside', () => {
    const pages = prerenderedPaths(loadRealPlan()).filter((path) => !NOT_PRECACHED_PAGE.test(path)).map(fileOf)
    expect(pages.filter((page) => !precached.has(page))).toEqual([])
  })

  it('leaves the print views to the 404.html fallback, so a first visit downloads no notice', () => {
    const posters = prerenderedPaths(loadRealPlan()).filter((path) => NOT_PRECACHED_PAGE.test(path)).map(fileOf)
    expect(posters).toHaveLength(3 * (3 + 22))
    expect(posters.filter((page) => precached.has(page))).toEqual([])
  })

  it('lists every JavaScript and CSS file: ECharts, each locale’s messages (the community ones too) and the QR-code library among them', () => {
    const code = asset(/\.(js|css)$/)
    expect(code.filter((file) => !precached.has(file))).toEqual([])
    const chunks = [/^echarts-/, /^ja-(?!easy-)/, /^ja-easy-/, /^en-/, /^community-ja-(?!easy-)/, /^community-ja-easy-/, /^community-en-/, /^qrcode-/]
    for (const chunk of chunks) expect(asset(chunk), String(chunk)).toHaveLength(1)
  })

  it('lists every part of the plan a page loads, in every language: a page opened by a link inside the app reads its part offline', () => {
    const requests = allPlanPartRequests(loadRealPlan())
    const files = LOCALES.flatMap((locale) => requests.map((request) => planPartFile(locale, request)))
    expect(files).toHaveLength(3 * (2 + 3 + 22))
    expect(files.filter((file) => !precached.has(file))).toEqual([])
  })

  it('lists the plan data, the manifest, the icons and the 404 fallback', () => {
    const files = ['data/plan.json', 'data/kpis.csv', 'manifest.webmanifest', 'app-icon.svg', 'favicon.ico', 'pwa-192x192.png', 'maskable-icon-512x512.png', '404.html']
    for (const file of files) expect(precached).toContain(file)
    expect(serviceWorker).toContain('"404.html"')
  })
})

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as {
    name: string
    short_name: string
    start_url: string
    scope: string
    icons: { src: string; sizes: string; purpose?: string }[]
  }

  it('names the app in Japanese and starts at the deployed base path', () => {
    expect(manifest.name).toBe('厚木市 行政改革 実施計画')
    expect(manifest.short_name).toBe('厚木 行革計画')
    expect(manifest.start_url).toBe(manifest.scope)
  })

  it('has 192px and 512px icons and a maskable one, each built into dist', () => {
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
    for (const icon of manifest.icons) expect(readdirSync('dist')).toContain(icon.src)
  })
})
