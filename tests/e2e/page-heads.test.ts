// @vitest-environment jsdom
/**
 * What search engines and link previews read of each published page: its head, sitemap.xml, robots.txt
 * and the About page's JSON-LD, read from dist/ as a crawler gets them (no browser: crawlers and preview
 * services read the HTML the server sends). Issue #17.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { DESCRIPTION_LENGTH } from '../../src/lib/page-head'
import { absolutePageUrl } from '../../src/lib/page-url'
import { PLAN_LICENSE } from '../../src/lib/open-dataset'
import { siteOriginFrom } from '../../src/node/site-origin'
import { LANGUAGES, LOCALES } from '../../src/shared/languages'

const DIST = process.env.E2E_DIST ?? 'dist'
/** The build under test was made with the same SITE_URL and BASE_PATH as this run (npm test builds it). */
const SITE_ROOT = absolutePageUrl(siteOriginFrom(process.env.SITE_URL).origin, process.env.BASE_PATH ?? '/', '/')

const pageFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.html'))
  .sort()

interface PublishedPage {
  file: string
  lang: string
  /** The page's language code from its address (/en/…), undefined for the root, 404.html and the report. */
  locale: string | undefined
  head: Document
}

const pages: PublishedPage[] = pageFiles.map((file) => {
  const document = new DOMParser().parseFromString(readFileSync(`${DIST}/${file}`, 'utf8'), 'text/html')
  const first = file.split('/')[0]!.replace(/\.html$/, '')
  return { file, lang: document.documentElement.lang, locale: LOCALES.find((locale) => locale === first), head: document }
})

/** The published file an absolute URL of the site names, or why it names none. */
function fileOfUrl(url: string): string {
  expect(url.startsWith(SITE_ROOT), `${url} is not on the site (${SITE_ROOT})`).toBe(true)
  const path = url.slice(SITE_ROOT.length)
  if (path === '') return 'index.html'
  return /\.[a-z]+$/.test(path) ? path : `${path}.html`
}

const metaOf = (page: PublishedPage, key: string) =>
  [...page.head.querySelectorAll<HTMLMetaElement>(`meta[name="${key}"], meta[property="${key}"]`)].map((meta) => meta.content)
const isNoindex = (page: PublishedPage) => metaOf(page, 'robots').some((content) => content.includes('noindex'))
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

describe('every published page describes itself to search engines and link previews', () => {
  it('has found the pages', () => {
    expect(pages.length).toBeGreaterThan(200)
  })

  it('has one description, from its own content and in its own language, short enough for a preview', () => {
    const problems: string[] = []
    for (const page of pages) {
      const descriptions = metaOf(page, 'description')
      const [description] = descriptions
      if (descriptions.length !== 1 || !description?.trim()) {
        problems.push(`${page.file}: ${descriptions.length} descriptions, expected one that is not empty`)
        continue
      }
      const max = DESCRIPTION_LENGTH[page.lang === 'en' ? 'en' : 'ja']
      if ([...description].length > max) problems.push(`${page.file}: description of ${[...description].length} characters (at most ${max})`)
      if (page.lang === 'en' && JAPANESE.test(description)) problems.push(`${page.file}: Japanese in an English page's description: ${description}`)
      if (page.lang === 'ja' && !JAPANESE.test(description)) problems.push(`${page.file}: no Japanese in a Japanese page's description: ${description}`)
      if (/[{}|]/.test(description)) problems.push(`${page.file}: reading markup left in the description: ${description}`)
    }
    expect(problems).toEqual([])
  })

  it('says something of its own on each goal, initiative and KPI page (the site’s one summary everywhere was the bug)', () => {
    for (const locale of LOCALES) {
      const ownPages = pages.filter((page) => page.locale === locale && /^[^/]+\/(goals|initiatives|kpis)\/[^/]+\.html$/.test(page.file))
      const descriptions = ownPages.map((page) => metaOf(page, 'description')[0])
      expect(ownPages.length).toBeGreaterThan(40)
      expect(new Set(descriptions).size, locale).toBe(ownPages.length)
    }
  })

  it('names its canonical URL and its versions in every language, each a page of the build', () => {
    const problems: string[] = []
    for (const page of pages) {
      const canonical = [...page.head.querySelectorAll<HTMLLinkElement>('link[rel="canonical"]')].map((link) => link.href)
      const alternates = [...page.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((link) => ({
        hreflang: link.hreflang,
        href: link.href,
      }))
      if (page.file === '404.html') {
        // Served for any unknown address: it names no URL of its own, and asks not to be indexed.
        if (canonical.length > 0) problems.push('404.html names a canonical URL')
        if (!isNoindex(page)) problems.push('404.html is not noindex')
        continue
      }
      if (canonical.length !== 1) {
        problems.push(`${page.file}: ${canonical.length} canonical URLs`)
        continue
      }
      if (fileOfUrl(canonical[0]!) !== page.file) problems.push(`${page.file}: canonical ${canonical[0]} is another page`)
      for (const { href } of alternates) {
        if (!existsSync(`${DIST}/${fileOfUrl(href)}`)) problems.push(`${page.file}: alternate ${href} is not in the build`)
      }
      if (page.file === 'accessibility.html') continue // one version, in Japanese with English summaries
      const expected = [...LANGUAGES.map((language) => language.htmlLang), 'x-default'].sort()
      if (JSON.stringify(alternates.map((alternate) => alternate.hreflang).sort()) !== JSON.stringify(expected)) {
        problems.push(`${page.file}: hreflang ${alternates.map((alternate) => alternate.hreflang).join(', ')}, expected ${expected.join(', ')}`)
      }
      // Each version points at itself among them (search engines ignore a cluster a page is missing from).
      if (!alternates.some((alternate) => alternate.href === canonical[0])) problems.push(`${page.file}: not among its own language versions`)
      const chooser = alternates.find((alternate) => alternate.hreflang === 'x-default')
      if (chooser && fileOfUrl(chooser.href) !== 'index.html') problems.push(`${page.file}: x-default is ${chooser.href}, not the language chooser`)
    }
    expect(problems).toEqual([])
  })

  it('carries OpenGraph and Twitter card tags, with a share image that is in the build', () => {
    const problems: string[] = []
    for (const page of pages) {
      const one = (key: string) => {
        const values = metaOf(page, key)
        if (values.length !== 1 || !values[0]) problems.push(`${page.file}: ${key} ×${values.length}`)
        return values[0] ?? ''
      }
      for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:image:alt', 'twitter:card']) one(key)
      if (page.file !== '404.html' && fileOfUrl(one('og:url')) !== page.file) problems.push(`${page.file}: og:url is another page`)
      const expectedLocale = page.lang === 'en' ? 'en_US' : 'ja_JP'
      if (one('og:locale') !== expectedLocale) problems.push(`${page.file}: og:locale ${one('og:locale')}, expected ${expectedLocale}`)
      if (!metaOf(page, 'og:locale:alternate').includes(expectedLocale === 'en_US' ? 'ja_JP' : 'en_US')) problems.push(`${page.file}: no og:locale:alternate`)
      const image = one('og:image')
      if (!existsSync(`${DIST}/${fileOfUrl(image)}`)) problems.push(`${page.file}: og:image ${image} is not in the build`)
      if (page.locale && !image.endsWith(`.${page.locale}.png`)) problems.push(`${page.file}: share image ${image} is not in the page's language`)
      // Previews only: never a request a reader's page makes.
      if (page.head.querySelector(`link[href$=".png"][rel="preload"], img[src*="share/"]`)) problems.push(`${page.file}: loads its share image`)
    }
    expect(problems).toEqual([])
  })

  it('shows a goal, and everything under it, with that goal’s image', () => {
    const goalPage = pages.find((page) => page.file === 'en/goals/goal-2.html')!
    const kpiPage = pages.find((page) => page.file.startsWith('ja-easy/kpis/goal-3-'))!
    expect(metaOf(goalPage, 'og:image')[0]).toMatch(/\/share\/goal-2\.en\.png$/)
    expect(metaOf(kpiPage, 'og:image')[0]).toMatch(/\/share\/goal-3\.ja-easy\.png$/)
    expect(metaOf(pages.find((page) => page.file === 'en/search.html')!, 'og:image')[0]).toMatch(/\/share\/app\.en\.png$/)
  })
})

describe('sitemap.xml and robots.txt', () => {
  const sitemap = new DOMParser().parseFromString(readFileSync(`${DIST}/sitemap.xml`, 'utf8'), 'text/xml')

  it('lists every public page exactly once: all pages but those kept out of search engines', () => {
    const listed = [...sitemap.getElementsByTagName('loc')].map((loc) => fileOfUrl(loc.textContent ?? ''))
    expect(listed.length).toBe(new Set(listed).size)
    const publicPages = pages.filter((page) => !isNoindex(page)).map((page) => page.file)
    expect([...listed].sort()).toEqual(publicPages)
    // The print views and the staff page are the ones left out, and say so in their heads.
    const left = pages.filter(isNoindex).map((page) => page.file)
    expect(left.filter((file) => !/\/poster\.html$|\/center\.html$|^404\.html$/.test(file))).toEqual([])
    expect(left.filter((file) => file.endsWith('/center.html'))).toHaveLength(LOCALES.length)
  })

  it('gives each page its language versions, as its head does', () => {
    for (const url of sitemap.getElementsByTagName('url')) {
      const loc = url.getElementsByTagName('loc')[0]!.textContent ?? ''
      const page = pages.find((candidate) => candidate.file === fileOfUrl(loc))!
      const inSitemap = [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`)
      const inHead = [...page.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((link) => `${link.hreflang} ${link.href}`)
      expect(inSitemap.sort(), loc).toEqual(inHead.sort())
    }
  })

  it('is named by robots.txt, which lets crawlers read every page', () => {
    const robots = readFileSync(`${DIST}/robots.txt`, 'utf8')
    expect(robots).toMatch(/^User-agent: \*$/m)
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m)
    expect(robots).toContain(`Sitemap: ${SITE_ROOT}sitemap.xml`)
  })
})

describe('the open data is findable', () => {
  const distribution = z.strictObject({ '@type': z.literal('DataDownload'), name: z.string().min(1), encodingFormat: z.string(), contentUrl: z.url() })
  const organization = z.object({ '@type': z.literal('GovernmentOrganization'), name: z.string().min(1), url: z.url() })
  const Dataset = z.object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('Dataset'),
    name: z.string().min(1),
    description: z.string().min(1),
    publisher: organization,
    license: z.literal(PLAN_LICENSE),
    temporalCoverage: z.literal('2024-04-01/2027-03-31'),
    url: z.url(),
    distribution: z.tuple([distribution, distribution]),
  })

  it('each About page carries a schema.org Dataset for plan.json and kpis.csv, in its language', () => {
    for (const locale of LOCALES) {
      const page = pages.find((candidate) => candidate.file === `${locale}/about.html`)!
      const blocks = [...page.head.querySelectorAll('script[type="application/ld+json"]')]
      expect(blocks, locale).toHaveLength(1)
      const dataset = Dataset.parse(JSON.parse(blocks[0]!.textContent ?? ''))
      expect(fileOfUrl(dataset.url)).toBe(page.file)
      expect(dataset.distribution.map((file) => [file.encodingFormat, fileOfUrl(file.contentUrl)])).toEqual([
        ['application/json', 'data/plan.json'],
        ['text/csv', 'data/kpis.csv'],
      ])
      for (const file of dataset.distribution) expect(existsSync(`${DIST}/${fileOfUrl(file.contentUrl)}`)).toBe(true)
      if (locale === 'en') expect(dataset.name).not.toMatch(JAPANESE)
    }
    // Only there: other pages carry no structured data.
    expect(pages.filter((page) => page.head.querySelector('script[type="application/ld+json"]')).map((page) => page.file).sort()).toEqual(
      LOCALES.map((locale) => `${locale}/about.html`).sort(),
    )
  })
})
