import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { firstLoadJavaScript, staticClosure } from '../../../scripts/check-budgets.mjs'

const closure = staticClosure as (manifest: object, start: string[]) => Set<string>
const firstLoad = firstLoadJavaScript as (dist: string, manifest: object, route: string, startModules: string[]) => string[]

// A build in miniature: an entry with a shared chunk, a page, a lazy locale and a lazy chart library.
const manifest = {
  'index.html': { file: 'assets/app.js', imports: ['_shared.js'], dynamicImports: ['src/pages/Home.vue', 'locales/ja.json', 'src/charts/echarts.ts'] },
  '_shared.js': { file: 'assets/shared.js' },
  'src/pages/Home.vue': { file: 'assets/Home.js', imports: ['_shared.js', '_plan.js'] },
  '_plan.js': { file: 'assets/plan.js', name: 'plan' },
  'locales/ja.json': { file: 'assets/ja.js' },
  'src/charts/echarts.ts': { file: 'assets/echarts.js' },
}

describe('the JavaScript a first visit loads', () => {
  it('follows static imports, once each, and not dynamic ones', () => {
    expect([...closure(manifest, ['assets/Home.js'])]).toEqual(['assets/Home.js', 'assets/shared.js', 'assets/plan.js'])
  })

  it('counts the entry and the modules the page used, as the build recorded them, and the modules every start imports, but never the chart library', () => {
    const dist = mkdtempSync(join(tmpdir(), 'budgets-'))
    mkdirSync(join(dist, '.vite'), { recursive: true })
    writeFileSync(join(dist, '.vite/page-modules.json'), JSON.stringify({ '/ja': { entry: '/assets/app.js', modules: ['/assets/Home.js'] } }))
    expect(firstLoad(dist, manifest, '/ja', ['locales/ja.json']).sort()).toEqual(
      ['assets/Home.js', 'assets/app.js', 'assets/ja.js', 'assets/plan.js', 'assets/shared.js'].sort(),
    )
    expect(() => firstLoad(dist, manifest, '/ja', ['locales/fr.json'])).toThrow('locales/fr.json: not in the build')
    expect(() => firstLoad(dist, manifest, '/fr', [])).toThrow('/fr: no record of its modules')
  })
})
