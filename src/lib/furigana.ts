/**
 * Furigana markup in easy-Japanese text: {漢字|かんじ} marks a reading.
 * Parsed into segments for a component to render as <ruby>, or flattened to
 * "漢字(かんじ)" where ruby cannot render (chart labels, tooltips, <title>).
 */
export type FuriganaSegment = { text: string } | { base: string; reading: string }

export class FuriganaError extends Error {
  constructor(
    readonly source: string,
    readonly position: number,
    reason: string,
  ) {
    super(`Malformed furigana markup at character ${position + 1} of "${source}": ${reason}`)
    this.name = 'FuriganaError'
  }
}

export function parseFurigana(source: string): FuriganaSegment[] {
  const segments: FuriganaSegment[] = []
  let plain = ''
  let index = 0
  const flush = () => {
    if (plain) segments.push({ text: plain })
    plain = ''
  }
  while (index < source.length) {
    const char = source[index]!
    if (char === '}' || char === '|') throw new FuriganaError(source, index, `"${char}" outside {漢字|よみ}`)
    if (char !== '{') {
      plain += char
      index++
      continue
    }
    const close = source.indexOf('}', index)
    if (close === -1) throw new FuriganaError(source, index, 'a "{" is never closed')
    const inner = source.slice(index + 1, close)
    if (inner.includes('{')) throw new FuriganaError(source, index, 'markup cannot nest')
    const parts = inner.split('|')
    if (parts.length !== 2) throw new FuriganaError(source, index, 'expected exactly one "|" between the text and its reading')
    const [base, reading] = parts as [string, string]
    if (!base.trim() || !reading.trim()) throw new FuriganaError(source, index, 'the text and its reading must both be non-empty')
    flush()
    segments.push({ base, reading })
    index = close + 1
  }
  flush()
  return segments
}

/** "漢字(かんじ)" for places where <ruby> cannot render; the text alone without readings. */
export function flattenFurigana(source: string, withReadings: boolean): string {
  return parseFurigana(source)
    .map((segment) => ('text' in segment ? segment.text : withReadings ? `${segment.base}(${segment.reading})` : segment.base))
    .join('')
}

/**
 * The readings in place of the words they read (2024{年度|ねんど} → 2024ねんど): where ruby cannot render
 * and room is short (a chart's labels on a phone), kana alone is the easy-Japanese text every reader reads.
 */
export function readingsOnly(source: string): string {
  return parseFurigana(source)
    .map((segment) => ('text' in segment ? segment.text : segment.reading))
    .join('')
}

/** The same, but markup that does not parse (a unit test keeps the data free of it) comes back as written. */
export function flattenFuriganaSafely(source: string, withReadings: boolean): string {
  try {
    return flattenFurigana(source, withReadings)
  } catch {
    return source
  }
}

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]/u

/** Kanji standing outside any {漢字|かんじ}: each one is a reading a foreign reader is missing. */
export function kanjiWithoutReading(source: string): string[] {
  return parseFurigana(source).flatMap((segment) => ('text' in segment ? [...segment.text].filter((char) => KANJI.test(char)) : []))
}
