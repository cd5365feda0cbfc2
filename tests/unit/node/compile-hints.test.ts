import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHintFor } from '@/node/compile-hints'

describe('compile hints', () => {
  it('mark the chunks a page runs as it starts', () => {
    expect(compileHintFor({ moduleIds: ['/app/src/main.ts', '/app/node_modules/vue/dist/vue.runtime.esm-bundler.js'] })).toBe(COMPILE_HINT)
    expect(compileHintFor({ moduleIds: ['/app/src/pages/KpiPage.vue'] })).toBe(COMPILE_HINT)
  })

  it('leave libraries loaded for one feature to compile as they are used', () => {
    expect(compileHintFor({ moduleIds: ['/app/src/charts/echarts.ts', '/app/node_modules/echarts/lib/chart/line.js', '/app/node_modules/zrender/lib/zrender.js'] })).toBe('')
    expect(compileHintFor({ moduleIds: ['/app/node_modules/qrcode/lib/browser.js'] })).toBe('')
  })
})
