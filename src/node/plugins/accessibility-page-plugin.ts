/**
 * Publishes docs/ACCESSIBILITY.md (the accessibility policy and test results, in the form Japanese
 * municipalities publish them) inside the app as accessibility.html: one document, kept in the
 * repository beside the tests it reports on, readable from the About page and offline.
 */
import { readFileSync } from 'node:fs'
import { marked } from 'marked'
import type { Plugin } from 'vite'

const SOURCE = 'docs/ACCESSIBILITY.md'
export const ACCESSIBILITY_PAGE = 'accessibility.html'

/** A complete page: our own markdown, turned into HTML at build time; no script, styles from the file itself. */
export function renderAccessibilityPage(markdown: string, contentSecurityPolicy: string): string {
  const body = marked.parse(markdown, { async: false })
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Accessibility'
  return `<!doctype html>
<html lang="ja">
<head>
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.75; max-width: 48rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
a { color: #00118f; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
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

export function accessibilityPagePlugin(contentSecurityPolicy: string): Plugin {
  let isSsrBuild = false
  return {
    name: 'atsugi:accessibility-page',
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr)
    },
    generateBundle() {
      if (isSsrBuild) return
      this.emitFile({ type: 'asset', fileName: ACCESSIBILITY_PAGE, source: renderAccessibilityPage(readFileSync(SOURCE, 'utf8'), contentSecurityPolicy) })
    },
  }
}
