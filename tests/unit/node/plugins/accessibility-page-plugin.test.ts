import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderAccessibilityPage } from '../../../../src/node/plugins/accessibility-page-plugin'
import { META_CONTENT_SECURITY_POLICY } from '../../../../src/node/plugins/security-headers-plugin'

const markdown = readFileSync(new URL('../../../../docs/ACCESSIBILITY.md', import.meta.url), 'utf8')
const page = renderAccessibilityPage(markdown, META_CONTENT_SECURITY_POLICY, { origin: 'https://example.org', base: '/plan/', shareImageAlt: '第7次厚木市行政改革大綱 第2期実施計画' })

describe('the published accessibility report (accessibility.html)', () => {
  it('is docs/ACCESSIBILITY.md as a page: target, scope, methods and results', () => {
    expect(page).toContain('<title>ウェブアクセシビリティ方針と試験結果 / Accessibility policy and test results</title>')
    for (const heading of ['方針', '目標とする適合レベル', '対象範囲', '試験の方法', '試験結果']) expect(page).toMatch(new RegExp(`<h2>\\d\\. ${heading}`))
    expect(page).toContain('<table>')
  })

  it('puts each table in a box that scrolls sideways, takes keyboard focus and is named after its columns', () => {
    // A table that scrolled by itself (display: block; overflow-x: auto) was wider than a phone and out of the keyboard's reach.
    const tables = page.match(/<table>/g) ?? []
    const boxes = [...page.matchAll(/<div class="table-scroll" role="region" tabindex="0" aria-label="([^"]+)">\n<table>/g)]
    expect(boxes).toHaveLength(tables.length)
    expect(boxes[0]![1]).toBe('表：試験・道具・範囲・合格の条件')
    expect(page).not.toMatch(/table \{[^}]*overflow/)
  })

  it('carries the app’s Content-Security-Policy and no script', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
    expect(page).not.toMatch(/<script/i)
  })

  it('describes itself to search engines and link previews, in Japanese, at its own address', () => {
    expect(page).toContain('<meta name="description" content="厚木市 行政改革 実施計画アプリ（第7次厚木市行政改革大綱 第2期実施計画を読むためのアプリ）のウェブアクセシビリティ方針と試験結果です。">')
    expect(page).toContain('<link rel="canonical" href="https://example.org/plan/accessibility.html">')
    expect(page).toContain('<meta property="og:image" content="https://example.org/plan/share/app.ja.png">')
    expect(page).toContain('<meta property="og:image:alt" content="第7次厚木市行政改革大綱 第2期実施計画">')
    expect(page).toContain('<meta property="og:locale" content="ja_JP">')
  })
})
