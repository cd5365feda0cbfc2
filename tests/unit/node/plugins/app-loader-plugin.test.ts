import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BOOT_SCRIPT, startAppAfterLoad } from '../../../../src/node/plugins/app-loader-plugin'

const page = [
  '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
  '<script type="module" async crossorigin src="/assets/app-AB12.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/style-1.css">',
  '<link rel="modulepreload" crossorigin href="/assets/app-core-2.js"><link rel="modulepreload" crossorigin href="/assets/HomePage-3.js">',
  '</head><body><div id="app" data-server-rendered="true"><main><h1>厚木市</h1></main></div></body></html>',
].join('')

describe('a prerendered page that starts its app after load', () => {
  const { html, entry, modules } = startAppAfterLoad(page, '/ja')

  it('asks for none of the app’s code while the page is drawn: no entry script, no modulepreload', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/)
    expect(html).not.toContain('<link rel="modulepreload"')
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/style-1.css">')
    expect(html).toContain('<main><h1>厚木市</h1></main>')
  })

  it('names the entry and the modules it will need for the loader, and carries the loader itself, inline, as the page’s last element', () => {
    expect(html).toContain('<meta name="app-entry" content="/assets/app-AB12.js" data-modules="/assets/app-core-2.js /assets/HomePage-3.js"></head>')
    expect(html.endsWith(`<script>${BOOT_SCRIPT}</script></body></html>`)).toBe(true)
    expect(BOOT_SCRIPT).toMatch(/addEventListener\(["'`]load["'`]/)
    // Minified: no comments, no indentation, a fraction of the source (every page carries a copy).
    expect(BOOT_SCRIPT).not.toMatch(/\/\/|\n\s/)
    expect(BOOT_SCRIPT.length).toBeLessThan(readFileSync(resolve('src/boot/start-app.js'), 'utf8').length / 2)
  })

  it('records what the app will load, for the size budgets', () => {
    expect(entry).toBe('/assets/app-AB12.js')
    expect(modules).toEqual(['/assets/app-core-2.js', '/assets/HomePage-3.js'])
  })

  it('refuses a page with no entry to defer, naming it', () => {
    expect(() => startAppAfterLoad('<html><head></head><body></body></html>', '/en/about')).toThrow('/en/about: expected one entry script')
  })
})
