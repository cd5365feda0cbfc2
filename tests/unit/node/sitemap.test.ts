// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { robotsTxt, sitemapXml, withLanguageLinks } from '../../../src/node/sitemap'
import { languageVersionsOf } from '../../../src/shared/page-alternates'

const urlOf = (path: string) => `https://example.org/plan${path}`

describe('the sitemap', () => {
  const xml = sitemapXml(['/', '/ja/goals/goal-1', '/accessibility.html'], urlOf)
  const document = new DOMParser().parseFromString(xml, 'text/xml')

  it('is well-formed XML in the sitemaps namespace, one <url> per page', () => {
    expect(document.querySelector('parsererror')).toBeNull()
    expect(document.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect([...document.getElementsByTagName('loc')].map((loc) => loc.textContent)).toEqual([
      'https://example.org/plan/',
      'https://example.org/plan/ja/goals/goal-1',
      'https://example.org/plan/accessibility.html',
    ])
  })

  it('gives each page of the app its language versions; a page in one language only gets none', () => {
    const linksOf = (index: number) =>
      [...document.getElementsByTagName('url')[index]!.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map(
        (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
      )
    expect(linksOf(1)).toEqual([
      'ja https://example.org/plan/ja/goals/goal-1',
      'ja https://example.org/plan/ja-easy/goals/goal-1',
      'en https://example.org/plan/en/goals/goal-1',
      'x-default https://example.org/plan/',
    ])
    expect(linksOf(0)).toEqual(['ja https://example.org/plan/ja', 'ja https://example.org/plan/ja-easy', 'en https://example.org/plan/en', 'x-default https://example.org/plan/'])
    expect(linksOf(2)).toEqual([])
  })

  it('refuses to list a page twice', () => {
    expect(() => sitemapXml(['/ja', '/en', '/ja'], urlOf)).toThrow(/twice: \/ja/)
  })

  it('escapes what XML would misread', () => {
    expect(sitemapXml(['/ja/search'], (path) => `https://example.org${path}?a=1&b=2`)).toContain('?a=1&amp;b=2')
  })
})

describe('a prerendered page’s language versions', () => {
  const html = '<html><head><title>t</title></head><body></body></html>'

  it('are written into its head, easy Japanese as ja beside Japanese (both kept), the language chooser as x-default', () => {
    const head = new DOMParser().parseFromString(withLanguageLinks(html, '/en/kpis/goal-1-m1-a-k1', urlOf), 'text/html').head
    expect([...head.querySelectorAll('link[rel="alternate"]')].map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`)).toEqual([
      'ja https://example.org/plan/ja/kpis/goal-1-m1-a-k1',
      'ja https://example.org/plan/ja-easy/kpis/goal-1-m1-a-k1',
      'en https://example.org/plan/en/kpis/goal-1-m1-a-k1',
      'x-default https://example.org/plan/',
    ])
  })

  it('are none for a path outside every language', () => {
    expect(languageVersionsOf('/404')).toEqual([])
    expect(languageVersionsOf('/accessibility.html')).toEqual([])
    expect(withLanguageLinks(html, '/404', urlOf)).toBe(html)
  })

  it('need a head to go into', () => {
    expect(() => withLanguageLinks('<p>no head</p>', '/ja', urlOf)).toThrow(/\/ja has no <\/head>/)
  })
})

describe('robots.txt', () => {
  it('lets every crawler read every page and names the sitemap', () => {
    expect(robotsTxt('https://example.org/plan/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/plan/sitemap.xml\n')
  })
})
