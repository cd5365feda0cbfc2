import { describe, expect, it } from 'vitest'
import { flattenFurigana, FuriganaError, kanjiWithoutReading, parseFurigana, readingsOnly } from '../../../src/lib/furigana'

describe('furigana markup', () => {
  it('splits text and readings into segments', () => {
    expect(parseFurigana('{市|し}の{職員|しょくいん}です')).toEqual([
      { base: '市', reading: 'し' },
      { text: 'の' },
      { base: '職員', reading: 'しょくいん' },
      { text: 'です' },
    ])
  })

  it('keeps okurigana outside the reading', () => {
    expect(parseFurigana('{働|はたら}きます')).toEqual([{ base: '働', reading: 'はたら' }, { text: 'きます' }])
  })

  it('returns plain text unchanged', () => {
    expect(parseFurigana('ありがとう')).toEqual([{ text: 'ありがとう' }])
    expect(parseFurigana('')).toEqual([])
  })

  it.each([
    ['{市|し', /never closed/],
    ['{市}', /exactly one "\|"/],
    ['{市|し|し}', /exactly one "\|"/],
    ['{{市|し}|し}', /cannot nest/],
    ['{|し}', /must both be non-empty/],
    ['市|し}', /outside/],
  ])('rejects malformed markup %s with a clear error', (source, message) => {
    expect(() => parseFurigana(source)).toThrow(FuriganaError)
    expect(() => parseFurigana(source)).toThrow(message)
  })

  it('flattens to parentheses where ruby cannot render', () => {
    expect(flattenFurigana('{目標|もくひょう}の{値|あたい}', true)).toBe('目標(もくひょう)の値(あたい)')
    expect(flattenFurigana('{目標|もくひょう}の{値|あたい}', false)).toBe('目標の値')
  })

  it('finds kanji that have no reading', () => {
    expect(kanjiWithoutReading('{市|し}の職員です')).toEqual(['職', '員'])
    expect(kanjiWithoutReading('{市|し}の{職員|しょくいん}です')).toEqual([])
  })
})

describe('readings in place of their words (chart labels)', () => {
  it('puts each reading where its word was and keeps the rest', () => {
    expect(readingsOnly('186{時間|じかん}')).toBe('186じかん')
    expect(readingsOnly('{手続|てつづ}き')).toBe('てつづき')
    expect(readingsOnly('FY2024')).toBe('FY2024')
  })
})
