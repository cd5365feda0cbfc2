/**
 * sitemap.xml and robots.txt, written beside the pages at build time (vite.config.ts): every public page
 * once, each with its language versions as <xhtml:link rel="alternate" hreflang>, and robots.txt naming the
 * sitemap. Each prerendered page names the same versions in its head (src/shared/page-alternates.ts).
 */
import { languageVersionsOf } from '../shared/page-alternates'

export const SITEMAP_FILE = 'sitemap.xml'
export const ROBOTS_FILE = 'robots.txt'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** `paths` are app addresses (/ja/goals/goal-1) or published files (/accessibility.html); `urlOf` makes them absolute. */
export function sitemapXml(paths: readonly string[], urlOf: (path: string) => string): string {
  const duplicates = paths.filter((path, index) => paths.indexOf(path) !== index)
  if (duplicates.length > 0) throw new Error(`sitemap.xml would list a page twice: ${[...new Set(duplicates)].join(', ')}`)
  const entries = paths.map((path) => {
    const alternates = languageVersionsOf(path).map(
      (version) => `\n    <xhtml:link rel="alternate" hreflang="${version.hreflang}" href="${escapeXml(urlOf(version.path))}"/>`,
    )
    return `  <url>\n    <loc>${escapeXml(urlOf(path))}</loc>${alternates.join('')}\n  </url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`
}

/**
 * A prerendered page with its language versions in its head, as the sitemap names them. Written here rather
 * than through unhead, which keeps one <link rel="alternate"> per hreflang: Japanese and easy Japanese are both `ja`.
 */
export function withLanguageLinks(html: string, path: string, urlOf: (path: string) => string): string {
  const links = languageVersionsOf(path).map((version) => `<link rel="alternate" hreflang="${version.hreflang}" href="${escapeXml(urlOf(version.path))}">`)
  if (links.length === 0) return html
  if (!html.includes('</head>')) throw new Error(`The page for ${path} has no </head> to put its language versions in`)
  return html.replace('</head>', `${links.join('')}</head>`)
}

/**
 * Every crawler may read every page (a noindex page must be read for its noindex to be seen); the sitemap
 * by its absolute URL. Crawlers read robots.txt only at the host's root: under a BASE_PATH the host's own
 * robots.txt has to name the sitemap (README, Deploy).
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
}
