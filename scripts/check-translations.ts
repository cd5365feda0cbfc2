/**
 * Reports, for one data file, every text whose やさしい日本語 or English is
 * missing, whose furigana markup does not parse, or whose easy Japanese has a
 * kanji without a reading. Usage: npx tsx scripts/check-translations.ts goal-1.json
 */
import { readPlanFiles } from '../src/node/plan/plan-files'
import { FuriganaError, kanjiWithoutReading } from '../src/lib/furigana'
import { findUntranslated } from '../src/node/plan/translation-gaps'
import type { LocalizedText } from '../src/schema/plan'

const file = process.argv[2]
if (!file) {
  console.error('Usage: npx tsx scripts/check-translations.ts <file in src/data/plan>')
  process.exit(2)
}
const text = readPlanFiles()[file]
if (text === undefined) {
  console.error(`No such file: src/data/plan/${file}`)
  process.exit(2)
}
const data: unknown = JSON.parse(text)
const problems: string[] = []
for (const language of ['jaEasy', 'en'] as const) {
  for (const path of findUntranslated(data, language)) problems.push(`${path}: ${language} is empty`)
}

function visit(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null) return
  if ('ja' in value && 'jaEasy' in value && 'en' in value) {
    const localized = value as LocalizedText
    try {
      const bare = kanjiWithoutReading(localized.jaEasy)
      if (bare.length > 0) problems.push(`${path}: jaEasy has kanji without a reading: ${bare.join('')}`)
    } catch (error) {
      if (error instanceof FuriganaError) problems.push(`${path}: ${error.message}`)
      else throw error
    }
    if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(localized.en)) problems.push(`${path}: en contains Japanese: ${localized.en}`)
    return
  }
  for (const [key, item] of Object.entries(value)) visit(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key)
}
visit(data, '')

if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problems\n${problems.map((line) => `  - ${line}`).join('\n')}`)
  process.exit(1)
}
console.log(`${file}: every text has easy Japanese with readings on every kanji, and English`)
