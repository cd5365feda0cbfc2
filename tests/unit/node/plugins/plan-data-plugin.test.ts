/** A real Vite build with the plan-data plugin: a malformed data file must stop it with a useful message. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { planDataPlugin } from '../../../../src/node/plugins/plan-data-plugin'
import { MINIMAL_PLAN_DIR, planDirWith } from '../../../support/fixtures'

async function buildWith(dataDir: string) {
  const root = mkdtempSync(join(tmpdir(), 'plan-build-'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>')
  writeFileSync(join(root, 'main.js'), 'document.title = "test"')
  const outDir = join(root, 'dist')
  await build({ root, logLevel: 'silent', configFile: false, plugins: [planDataPlugin(dataDir)], build: { outDir } })
  return outDir
}

describe('the plan-data build plugin', () => {
  it('publishes data/plan.json and data/kpis.csv from valid data', async () => {
    const outDir = await buildWith(MINIMAL_PLAN_DIR)
    const published = JSON.parse(readFileSync(join(outDir, 'data/plan.json'), 'utf8')) as { goals: unknown[] }
    expect(published.goals).toHaveLength(3)
    const csv = readFileSync(join(outDir, 'data/kpis.csv'), 'utf8')
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3)
  }, 30_000)

  it('fails the build naming the malformed file, the path inside it and what was expected', async () => {
    await expect(buildWith(planDirWith('plan-broken/missing-target'))).rejects.toThrow(
      /Invalid plan data in goal-1\.json:[\s\S]*at measures\[0\]\.initiatives\[0\]\.kpis\[0\]\.targets\.fy2026: .*expected object/,
    )
  }, 30_000)
})
