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

/**
 * Installs a Debian package when this machine allows it (root, apt-get), saying why first. False when it
 * could not try; when it tried, the caller looks again for what it needed (a failed install says so itself).
 */
function installDebianPackage(name, why, { update = false } = {}) {
  const isRoot = process.getuid?.() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
  if (!isRoot || !hasApt) return false
  console.log(`${why}: installing Debian's ${name} package (apt-get install -y ${name})…`)
  try {
    if (update) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit' })
  } catch {
    // the caller finds nothing and explains what to do
  }
  return true
}

export function findChromium() {
  return CANDIDATES.find(executable)
}

export function ensureChromium() {
  const found = findChromium()
  if (found) return found
  if (installDebianPackage('chromium', 'Chromium not found', { update: true })) {
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

/** The Debian package of the Japanese font Android phones carry (Noto Sans CJK), for the benchmark. */
const JAPANESE_FONT_PACKAGE = 'fonts-noto-cjk'

const japaneseFontFamilies = () => spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).stdout?.trim() ?? ''

/**
 * The benchmark needs a Japanese font, as every phone has one. Without it Chromium looks for a fallback
 * font for every run of Japanese text, finds none, and draws boxes: on this kind of machine the first
 * layout of an easy-Japanese initiative page took 395 ms instead of ≈ 150, and a Japanese page's relayout
 * 3 to 5 times as long as with the font, which reads as a slow app when it is a bare machine.
 * Installs Debian's package when it can; explains what to do otherwise. Returns the fonts' family names.
 */
export function ensureJapaneseFont() {
  const found = japaneseFontFamilies()
  if (found) return found
  if (installDebianPackage(JAPANESE_FONT_PACKAGE, 'No Japanese font')) {
    const installed = japaneseFontFamilies()
    if (installed) return installed
  }
  throw new Error(
    [
      'The benchmark needs a Japanese font, as every phone has one, and `fc-list :lang=ja` finds none.',
      'Without it the Japanese pages are laid out with missing glyphs, several times slower than on a phone.',
      `Install one with \`sudo apt-get install -y ${JAPANESE_FONT_PACKAGE}\` (Debian/Ubuntu), then run \`npm run bench\` again.`,
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
