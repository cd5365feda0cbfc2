#!/usr/bin/env node
/**
 * One page, two or more builds, measured the way `npm run bench` measures (scripts/bench.mjs: Lighthouse on a
 * phone with slow 4G, the CPU slowdown calibrated per run, main-thread tasks at their thread time, no stack
 * recording), loads alternating between the builds so that a busy moment of the machine falls on each alike:
 * what a change costs a slow phone, build against build. The bench compares a page with its script-free twin;
 * this compares it with itself before a change.
 *
 *   node scripts/compare-builds.mjs PATH RUNS DIR [DIR …]
 *
 * e.g. the build of an earlier commit beside this one:
 *   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/ && (cd /tmp/old && npm run build)
 *   node scripts/compare-builds.mjs /ja/initiatives/goal-1-m2-b 5 dist /tmp/old/dist
 *
 * Each DIR gets .br and .gz copies of its text files (as the bench's build does: a host compresses).
 * Prints each build's medians: Performance, FCP, LCP, TBT, and the main thread's own time.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { leaveOutStackRecording, mediansOf, numbersOf, precompress, runLighthouse } from './bench.mjs'
import { ensureChromium, ensureJapaneseFont } from './ensure-chromium.mjs'
import { createStaticServer } from './serve.mjs'

const USAGE = 'Usage: node scripts/compare-builds.mjs PATH RUNS DIR [DIR …]   e.g. /ja/initiatives/goal-1-m2-b 5 dist /tmp/old/dist'

function parseArguments([path, runs, ...dirs]) {
  if (!path?.startsWith('/') || !Number.isInteger(Number(runs)) || Number(runs) < 1 || dirs.length === 0) throw new Error(USAGE)
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no build (no index.html): build it first. ${USAGE}`)
  }
  return { path, runs: Number(runs), dirs }
}

async function main() {
  const { path, runs, dirs } = parseArguments(process.argv.slice(2))
  const chromePath = ensureChromium()
  ensureJapaneseFont()
  leaveOutStackRecording()
  const servers = []
  for (const dir of dirs) {
    precompress(dir)
    const server = createStaticServer({ dir })
    await new Promise((listening) => server.listen(0, '127.0.0.1', listening))
    servers.push(server)
  }
  const measured = dirs.map(() => [])
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const [index, server] of servers.entries()) {
        const numbers = numbersOf(await runLighthouse(`http://127.0.0.1:${server.address().port}${path}`, chromePath))
        measured[index].push(numbers)
        console.log(`${dirs[index]} ${run}/${runs}: Performance ${numbers.scores.performance}, TBT ${Math.round(numbers.metrics['total-blocking-time'])} ms at ${numbers.cpuSlowdown}×, main thread ${Math.round(numbers.mainThread.threadMs)} ms`)
      }
    }
  } finally {
    for (const server of servers) server.close()
  }
  console.log(`\n${path}, medians over ${runs} run(s) each:`)
  for (const [index, runsOfBuild] of measured.entries()) {
    const { scores, metrics, mainThread } = mediansOf(runsOfBuild)
    const ms = (id) => Math.round(metrics[id])
    console.log(`  ${dirs[index]}: Performance ${scores.performance}, FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, main thread ${Math.round(mainThread.threadMs)} ms on the thread (${Math.round(mainThread.wallMs)} on the wall clock)`)
  }
}

main().catch((error) => {
  console.error(`\n${error.message}`)
  process.exit(1)
})
