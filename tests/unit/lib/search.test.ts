import { describe, expect, it } from 'vitest'
import { createSearchEntry, normalizeForSearch, searchableText, searchEntries } from '../../../src/lib/search'

describe('search normalisation', () => {
  it('folds full-width letters and digits to half-width and lower case', () => {
    expect(normalizeForSearch('ＤＸ　１２３')).toBe('dx 123')
  })

  it('folds half-width katakana and katakana to hiragana', () => {
    expect(normalizeForSearch('ｱﾝｹｰﾄ')).toBe('あんけーと')
    expect(normalizeForSearch('アンケート')).toBe('あんけーと')
  })

  it('keeps kanji as they are', () => {
    expect(normalizeForSearch('職員課')).toBe('職員課')
  })

  it('reads furigana markup as both the kanji and the reading', () => {
    expect(searchableText('{研修|けんしゅう}をします')).toBe('研修をします けんしゅう')
  })
})

describe('searching', () => {
  const entries = [
    createSearchEntry('training', ['職員アンケートを実施し、研修の充実に取り組む。', '職員課']),
    createSearchEntry('dx', ['DXの推進', '{情報|じょうほう}{政策課|せいさくか}']),
  ]

  it('finds an entry by any word, whatever the width or kana', () => {
    expect(searchEntries(entries, 'あんけーと')).toEqual(['training'])
    expect(searchEntries(entries, 'ｄｘ')).toEqual(['dx'])
    expect(searchEntries(entries, 'じょうほう')).toEqual(['dx'])
  })

  it('needs every word of the query', () => {
    expect(searchEntries(entries, '研修 職員課')).toEqual(['training'])
    expect(searchEntries(entries, '研修 DX')).toEqual([])
  })

  it('finds nothing for an empty query', () => {
    expect(searchEntries(entries, '   ')).toEqual([])
  })
})
