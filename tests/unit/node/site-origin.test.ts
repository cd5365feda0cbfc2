import { describe, expect, it } from 'vitest'
import { LOCAL_SITE_ORIGIN, siteOriginFrom } from '../../../src/node/site-origin'

describe('SITE_URL, the origin every absolute URL starts with', () => {
  it('takes an origin with or without its trailing slash', () => {
    expect(siteOriginFrom('https://www.city.atsugi.kanagawa.jp')).toEqual({ origin: 'https://www.city.atsugi.kanagawa.jp' })
    expect(siteOriginFrom(' https://example.org/ ')).toEqual({ origin: 'https://example.org' })
    expect(siteOriginFrom('http://127.0.0.1:8080')).toEqual({ origin: 'http://127.0.0.1:8080' })
  })

  it('falls back to the local server, with a warning that says how to publish', () => {
    for (const unset of [undefined, '', '  ']) {
      const site = siteOriginFrom(unset)
      expect(site.origin).toBe(LOCAL_SITE_ORIGIN)
      expect(site.warning).toMatch(/SITE_URL is not set.*SITE_URL=https:\/\//)
    }
  })

  it('refuses what is not an origin, saying what was expected', () => {
    expect(() => siteOriginFrom('www.city.atsugi.kanagawa.jp')).toThrow(/not an address: expected the site's origin, such as https:\/\//)
    expect(() => siteOriginFrom('ftp://example.org')).toThrow(/must start with https:\/\//)
    expect(() => siteOriginFrom('https://example.org/reform-plan/')).toThrow(/origin only.*BASE_PATH=\/reform-plan\//)
    expect(() => siteOriginFrom('https://example.org/?a=1')).toThrow(/origin only/)
  })
})
