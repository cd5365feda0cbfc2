#!/usr/bin/env node
/**
 * Finds the Chromium the browser tests drive, installing Debian's package
 * when it is missing and this machine allows it. Playwright's own browser
 * download does not work on these machines, so we never try it.
 * Prints the path on success; explains what to do otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'

/**
 * Flags Chromium needs on these machines (see ../shared/TOOLCHAIN.md): no sandbox as root, no GPU, and no
 * background traffic (the closed network refuses it). Used by the browser tests and the benchmark.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean)

function executable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export function findChromium() {
  return CANDIDATES.find(executable)
}

export function ensureChromium() {
  const found = findChromium()
  if (found) return found
  const isRoot = process.getuid?.() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…')
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' })
    } catch {
      // fall through to the explanation below
    }
    const installed = findChromium()
    if (installed) return installed
  }
  throw new Error(
    [
      'The browser tests and the Lighthouse benchmark need Chromium, and none was found.',
      `Looked for: ${CANDIDATES.join(', ')}.`,
      'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu),',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` (or `npm run bench`) again.',
    ].join('\n'),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium())
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
