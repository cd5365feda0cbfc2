/**
 * Every reading in easy Japanese ({漢字|よみ}) against a morphological dictionary: kuromoji with the IPA
 * dictionary reads each text, and where its words and our markup can be lined up (a stretch of the text
 * that starts and ends on a boundary of both), the readings must agree. A reading the dictionary gets wrong
 * in context, or that we chose on purpose, is in READINGS_CHOSEN_ON_PURPOSE with the reason.
 */
import { fileURLToPath } from 'node:url'
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji'
import { beforeAll, describe, expect, it } from 'vitest'
import { SDG_NAMES } from '../../../src/data/sdg-names'
import { formatKpiValue } from '../../../src/lib/format'
import { parseFurigana } from '../../../src/lib/furigana'
import { FISCAL_YEAR_KEYS } from '../../../src/shared/plan-years'
import { listKpis } from '../../../src/data/walk'
import { easyTexts } from '../../support/easy-texts'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()

/**
 * Readings that differ from the dictionary's, each chosen on purpose: `base|reading` as written in the data.
 * The dictionary reads a number and its counter apart (1 + 人 にん); a few counts are one word instead.
 */
const READINGS_CHOSEN_ON_PURPOSE: Record<string, string> = {
  // Counts and dates: the dictionary reads a number and its counter apart.
  '1人|ひとり': 'one person is ひとり, not いちにん (formatKpiValue writes the pair under one reading)',
  '1日|ついたち': 'the first day of a month is ついたち, not いちにち',
  '月|がつ': 'a month after its number (4月 しがつ); read apart from the number, the dictionary says つき',
  '人|にん': 'the counter for people after a number (960人); alone, the dictionary says ひと',
  // Words the dictionary (IPA, 2007) reads otherwise or does not know.
  '令和|れいわ': 'the era name since 2019, later than the dictionary',
  '年休|ねんきゅう': 'annual leave; the dictionary reads the two kanji apart (とし + きゅう)',
  '現年分|げんねんぶん': 'the current year’s share (of a collection rate); read apart by the dictionary',
  '間|あいだ': 'a stretch of time (短い間, 市町村の間); the dictionary reads ま',
  '正|ただ': '正しく is ただしく; the dictionary reads まさしく',
  '預|あず': '預ける is あずける in today’s spelling; the dictionary keeps the older あづける',
  // Names of places, read as the city reads them.
  '中町|なかちょう': 'the district of Atsugi where city hall stands (厚木市中町)',
  '県央|けんおう': 'central Kanagawa, as in 県央やまなみ地域',
}

const toHiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))

/** The markup as positions in the plain text: each character's reading is itself, a ruby base's is its reading. */
function segmentsOf(text: string) {
  let plain = ''
  const segments: { start: number; end: number; reading: string; ruby: string | null }[] = []
  for (const segment of parseFurigana(text)) {
    if ('text' in segment) {
      for (const char of segment.text) {
        segments.push({ start: plain.length, end: plain.length + char.length, reading: toHiragana(char), ruby: null })
        plain += char
      }
    } else {
      segments.push({ start: plain.length, end: plain.length + segment.base.length, reading: segment.reading, ruby: `${segment.base}|${segment.reading}` })
      plain += segment.base
    }
  }
  return { plain, segments }
}

/** The dictionary's words as positions, each with its reading (a word it does not know reads as written). */
function wordsOf(tokenizer: Tokenizer<IpadicFeatures>, plain: string) {
  return tokenizer.tokenize(plain).map((token) => {
    const start = token.word_position - 1
    const known = Boolean(token.reading && token.reading !== '*')
    const reading = known ? toHiragana(token.reading!) : toHiragana(token.surface_form)
    // A word it does not know, written with kanji, has no reading to compare with (協働 comes out as 協 + 働).
    return { start, end: start + token.surface_form.length, reading, unknownKanji: !known && /\p{Script=Han}/u.test(token.surface_form) }
  })
}

/** Rubies whose reading disagrees with the dictionary's over the smallest stretch both can be cut at. */
function disagreements(tokenizer: Tokenizer<IpadicFeatures>, text: string) {
  const { plain, segments } = segmentsOf(text)
  const words = wordsOf(tokenizer, plain)
  const wordEnds = new Set(words.map((word) => word.end))
  const found: { ruby: string; ours: string; dictionary: string }[] = []
  let segmentAt = 0
  let wordAt = 0
  while (segmentAt < segments.length) {
    // Grow the stretch until a segment and a word end at the same place.
    const stretch = [segments[segmentAt]!]
    segmentAt += 1
    while (!wordEnds.has(stretch.at(-1)!.end) && segmentAt < segments.length) stretch.push(segments[segmentAt++]!)
    const end = stretch.at(-1)!.end
    const stretchWords: typeof words = []
    while (wordAt < words.length && words[wordAt]!.end <= end) stretchWords.push(words[wordAt++]!)
    const rubies = stretch.filter((segment) => segment.ruby !== null)
    if (rubies.length === 0 || stretchWords.some((word) => word.unknownKanji)) continue
    const ours = stretch.map((segment) => segment.reading).join('')
    const dictionary = stretchWords.map((word) => word.reading).join('')
    if (ours !== dictionary) found.push({ ruby: rubies.map((segment) => segment.ruby).join(' '), ours, dictionary })
  }
  return found
}

/** The same ruby read by itself: the dictionary's second chance where the sentence around it misled it. */
function readsAloneAs(tokenizer: Tokenizer<IpadicFeatures>, ruby: string): boolean {
  const [base = '', reading = ''] = ruby.split('|')
  return wordsOf(tokenizer, base).map((word) => word.reading).join('') === reading
}

let tokenizer: Tokenizer<IpadicFeatures>
beforeAll(async () => {
  const dicPath = fileURLToPath(new URL('../../../node_modules/kuromoji/dict', import.meta.url))
  tokenizer = await new Promise((resolve, reject) => kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))))
})

describe('readings in easy Japanese', () => {
  const texts = [
    ...easyTexts(plan, 'plan', ['jaEasy', 'easyShortTitle', 'easyShortName']),
    ...Object.entries(SDG_NAMES).map(([number, name]) => ({ where: `SDG ${number}`, text: name.jaEasy })),
    // Values with their units, as the KPI tables print them.
    ...listKpis(plan).flatMap(({ kpi }) =>
      kpi.kind === 'numeric'
        ? [kpi.baseline, ...FISCAL_YEAR_KEYS.map((year) => kpi.targets[year])].flatMap((value) => (value ? [{ where: `${kpi.id} value`, text: formatKpiValue(kpi, value, 'ja-easy') }] : []))
        : [],
    ),
  ]

  it('agree with the dictionary, or are chosen on purpose', () => {
    const wrong = texts.flatMap(({ where, text }) =>
      disagreements(tokenizer, text)
        .filter(({ ruby }) => !ruby.split(' ').every((each) => each in READINGS_CHOSEN_ON_PURPOSE || readsAloneAs(tokenizer, each)))
        .map(({ ruby, ours, dictionary }) => `${where}: ${ruby} reads ${ours}, the dictionary ${dictionary}`),
    )
    expect([...new Set(wrong)]).toEqual([])
  })

  it('need every reading chosen on purpose that is listed (a stale entry hides nothing)', () => {
    const used = new Set(texts.flatMap(({ text }) => segmentsOf(text).segments.flatMap((segment) => (segment.ruby ? [segment.ruby] : []))))
    expect(Object.keys(READINGS_CHOSEN_ON_PURPOSE).filter((ruby) => !used.has(ruby))).toEqual([])
  })

  it('read one person as ひとり, and a month’s first day as ついたち', () => {
    const slips = texts.filter(({ text }) => /(?<![\d,.])[12]\{人\|にん\}|月(?:\|[^}]+\})?1\{日\|にち\}/.test(text)).map(({ where, text }) => `${where}: ${text}`)
    expect(slips).toEqual([])
  })
})
