/**
 * The origin the site is published at, from SITE_URL: page heads (canonical, language alternates,
 * OpenGraph), sitemap.xml and robots.txt name pages by absolute URL, and a build cannot know where it
 * will be served. The base path stays BASE_PATH's, so one page's address is SITE_URL + BASE_PATH + path.
 */

/** What `npm start` serves: a build made without SITE_URL points at the machine it was made on. */
export const LOCAL_SITE_ORIGIN = 'http://localhost:4173'

export interface SiteOrigin {
  /** e.g. https://www.city.atsugi.kanagawa.jp, no trailing slash. */
  origin: string
  /** Set when SITE_URL was not given: say so at build time, since every absolute URL is then local. */
  warning?: string
}

/** SITE_URL checked: an http(s) origin, optionally with a trailing slash; a path belongs in BASE_PATH. */
export function siteOriginFrom(siteUrl: string | undefined): SiteOrigin {
  if (siteUrl === undefined || siteUrl.trim() === '') {
    return {
      origin: LOCAL_SITE_ORIGIN,
      warning: `SITE_URL is not set: canonical URLs, language alternates, share images, sitemap.xml and robots.txt name ${LOCAL_SITE_ORIGIN}/. To publish, build with SITE_URL=https://… (see README, Deploy).`,
    }
  }
  let url: URL
  try {
    url = new URL(siteUrl.trim())
  } catch {
    throw new Error(`SITE_URL="${siteUrl}" is not an address: expected the site's origin, such as https://www.city.atsugi.kanagawa.jp`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${siteUrl}" must start with https:// (or http://), such as https://www.city.atsugi.kanagawa.jp`)
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL="${siteUrl}" must be an origin only (such as https://www.city.atsugi.kanagawa.jp); put a path the site is served under in BASE_PATH (BASE_PATH=${url.pathname})`,
    )
  }
  return { origin: url.origin }
}
