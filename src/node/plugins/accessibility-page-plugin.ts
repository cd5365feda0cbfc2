/**
 * Publishes docs/ACCESSIBILITY.md (the accessibility policy and test results, in the form Japanese
 * municipalities publish them) inside the app as accessibility.html: one document, kept in the
 * repository beside the tests it reports on, readable from the About page and offline.
 */
import { readFileSync } from 'node:fs'
import { Marked, Renderer } from 'marked'
import type { Plugin } from 'vite'
import { pageHeadTags, type PageHeadTags } from '../../lib/page-head'
import { languageOf } from '../../shared/languages'
import { SHARE_IMAGE_SIZE, shareImagePath } from '../../shared/share-images'

const SOURCE = 'docs/ACCESSIBILITY.md'
export const ACCESSIBILITY_PAGE = 'accessibility.html'

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

const plainRenderer = new Renderer()

/**
 * Markdown as marked renders it, but each table inside a box of its own that scrolls sideways: on a
 * phone the methods table is wider than the screen. The box takes keyboard focus (Tab reaches it and
 * the arrow keys scroll it; a table that scrolled by itself could not be reached, WCAG 2.1.1) and is
 * named after the table's columns, so a screen reader says what the stop is.
 */
const markdownToHtml = new Marked({
  renderer: {
    table(token) {
      const columns = token.header.map((cell) => cell.text).join('・')
      const table = plainRenderer.table.call(this, token)
      return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeAttribute(`表：${columns}`)}">\n${table}</div>\n`
    },
  },
})

/** Where the page is published and what the app's share image shows: its head names both, as the app's pages do. */
export interface AccessibilityPageSite {
  origin: string
  base: string
  /** The words on the app's share image (the plan's name). */
  shareImageAlt: string
}

/** The head's tags as HTML (the app's pages get theirs from unhead). */
function headTagsHtml(tags: PageHeadTags): string {
  const attributes = (tag: object) =>
    Object.entries(tag)
      .map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`)
      .join(' ')
  return [...tags.meta.map((tag) => `<meta ${attributes(tag)}>`), ...tags.link.map((tag) => `<link ${attributes(tag)}>`)].join('\n')
}

/** A complete page: our own markdown, turned into HTML at build time; no script, styles from the file itself. */
export function renderAccessibilityPage(markdown: string, contentSecurityPolicy: string, site: AccessibilityPageSite): string {
  const body = markdownToHtml.parse(markdown, { async: false })
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Accessibility'
  // "<the app, as the document's first paragraph names it>の<the Japanese half of the title>です。"
  const appNamed = /^# .+\n+([^\n#][^]*?)\n\n/m.exec(markdown)?.[1]?.replace(/\s*\n\s*/g, '') ?? ''
  const head = pageHeadTags({
    site,
    path: `/${ACCESSIBILITY_PAGE}`,
    language: languageOf('ja'),
    title,
    ownTitle: title,
    siteName: appNamed.replace(/（.*$/, ''),
    description: `${appNamed}の${title.split(' / ')[0]}です。`,
    image: { path: shareImagePath(undefined, 'ja'), alt: site.shareImageAlt, ...SHARE_IMAGE_SIZE },
    noindex: false,
  })
  return `<!doctype html>
<html lang="ja">
<head>
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${headTagsHtml(head)}
<style>
body { font-family: system-ui, sans-serif; line-height: 1.75; max-width: 48rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
a { color: #00118f; }
table { border-collapse: collapse; }
.table-scroll { overflow-x: auto; }
.table-scroll:focus-visible { outline: 4px solid #000; outline-offset: 2px; box-shadow: 0 0 0 8px #ffd43d; }
th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; vertical-align: top; }
code { font-size: 0.95em; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}

export function accessibilityPagePlugin(contentSecurityPolicy: string, site: () => AccessibilityPageSite): Plugin {
  let isSsrBuild = false
  return {
    name: 'atsugi:accessibility-page',
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr)
    },
    generateBundle() {
      if (isSsrBuild) return
      this.emitFile({ type: 'asset', fileName: ACCESSIBILITY_PAGE, source: renderAccessibilityPage(readFileSync(SOURCE, 'utf8'), contentSecurityPolicy, site()) })
    },
  }
}
