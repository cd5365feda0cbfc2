import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { SHARE_IMAGE_SIZE } from '../../../src/shared/share-images'
import { drawShareImage, shareCardTree, textUnits, type CardElement, type ShareCard } from '../../../src/node/share-image'

// The longest real titles of each kind (the plan's name; the focus goals' titles), with their kicker and app name.
const ENGLISH_APP: ShareCard = {
  lang: 'en',
  kicker: '',
  title: 'The 7th Atsugi City Administrative Reform Outline, Phase 2 Implementation Plan (FY2024–FY2026)',
  footer: 'Atsugi City Administrative Reform Plan',
}
const ENGLISH_GOAL: ShareCard = { lang: 'en', kicker: 'Focus goal 1', title: 'Build a strong and flexible organization', footer: ENGLISH_APP.footer }
const EASY_GOAL: ShareCard = {
  lang: 'ja',
  kicker: 'だいじ な もくひょう 1',
  title: '{強|つよ}くて、{変化|へんか}に{合|あ}わせて{動|うご}ける{組織|そしき}をつくります',
  footer: 'あつぎし の しやくしょ を よく する けいかく',
}

const decode = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes))

/** Pixels that are not (nearly) white: text, even its anti-aliased edges, or the band. */
function inkedPixels(png: PNG, region: { left: number; top: number; right: number; bottom: number }): number {
  let count = 0
  for (let y = region.top; y < region.bottom; y++) {
    for (let x = region.left; x < region.right; x++) {
      const offset = (y * png.width + x) * 4
      if (Math.min(png.data[offset]!, png.data[offset + 1]!, png.data[offset + 2]!) < 230) count++
    }
  }
  return count
}

/** Every string the element tree would draw. */
function texts(element: CardElement): string[] {
  const { children } = element.props
  if (typeof children === 'string') return [children]
  return (children ?? []).flatMap(texts)
}

/** Every element of the tree, depth first. */
function elements(element: CardElement): CardElement[] {
  const { children } = element.props
  return [element, ...(typeof children === 'string' ? [] : (children ?? []).flatMap(elements))]
}

describe('the share image (OpenGraph, LINE)', () => {
  it('is a 1200×630 PNG', async () => {
    const png = decode(await drawShareImage(ENGLISH_GOAL))
    expect({ width: png.width, height: png.height }).toEqual(SHARE_IMAGE_SIZE)
    expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 })
  })

  it('shows the title it is given', async () => {
    const one = await drawShareImage(ENGLISH_GOAL)
    const other = await drawShareImage({ ...ENGLISH_GOAL, title: 'Build a strong financial foundation' })
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false)
  })

  it('keeps the longest titles inside the margins: nothing overflows right or bottom', async () => {
    for (const card of [ENGLISH_APP, EASY_GOAL]) {
      const png = decode(await drawShareImage(card))
      // The theme band runs down the left edge, so the bottom strip is checked to its right.
      expect(inkedPixels(png, { left: png.width - 40, top: 0, right: png.width, bottom: png.height }), card.title).toBe(0)
      expect(inkedPixels(png, { left: 64, top: png.height - 40, right: png.width, bottom: png.height }), card.title).toBe(0)
      // ...and the title is there, in the middle of the card.
      expect(inkedPixels(png, { left: 64, top: 150, right: png.width - 64, bottom: 450 })).toBeGreaterThan(5000)
    }
  })

  it('refuses a title too long to fit rather than clip it', async () => {
    const endless = { ...ENGLISH_GOAL, title: Array.from({ length: 60 }, () => 'administrative').join(' ') }
    await expect(drawShareImage(endless)).rejects.toThrow(/does not fit/)
  })
})

describe('easy Japanese on the share image', () => {
  it('draws {漢字|かんじ} as furigana over the kanji, never the markup itself', () => {
    const tree = shareCardTree({ ...EASY_GOAL, title: '{市|し}のお{金|かね}の{土台|どだい}を{強|つよ}くします' })
    expect(texts(tree).join('')).not.toMatch(/[{}|]/)
    // A ruby column: the reading on top, its kanji below.
    const rubyColumns = elements(tree).filter((element) => {
      const { children, style } = element.props
      return style.flexDirection === 'column' && Array.isArray(children) && children.length === 2 && children.every((child) => typeof child.props.children === 'string')
    })
    const pairs = rubyColumns.map((column) => (column.props.children as CardElement[]).map((child) => child.props.children))
    expect(pairs).toContainEqual(['し', '市'])
    expect(pairs).toContainEqual(['どだい', '土台'])
  })
})

describe('where a title may break', () => {
  const unitTexts = (text: string, lang: ShareCard['lang'], phrasesWhole = false) =>
    textUnits(text, lang, phrasesWhole).map((unit) => unit.segments.map((segment) => ('text' in segment ? segment.text : segment.base)).join(''))

  it('in Japanese, between characters, but never before 、。 small kana or ー, nor after an opening bracket', () => {
    expect(unitTexts('強くて、変化', 'ja')).toEqual(['強', 'く', 'て、', '変', '化'])
    expect(unitTexts('サービスをよくします。', 'ja')).toEqual(['サー', 'ビ', 'ス', 'を', 'よ', 'く', 'し', 'ま', 'す。'])
    expect(unitTexts('しやくしょ「計画」', 'ja')).toEqual(['し', 'や', 'く', 'しょ', '「計', '画」'])
    expect(unitTexts('第2期 FY2024', 'ja')).toEqual(['第', '2', '期', 'FY2024'])
  })

  it('in Japanese with spaces, between phrases when asked', () => {
    expect(unitTexts('第7次厚木市行政改革大綱 第2期実施計画', 'ja', true)).toEqual(['第7次厚木市行政改革大綱', '第2期実施計画'])
    expect(unitTexts('{厚木市|あつぎし}の{市役所|しやくしょ}を よく する', 'ja', true)).toEqual(['厚木市の市役所を', 'よく', 'する'])
  })

  it('in English, between words only', () => {
    expect(unitTexts('Phase 2 Implementation Plan (FY2024–FY2026)', 'en')).toEqual(['Phase', '2', 'Implementation', 'Plan', '(FY2024–FY2026)'])
  })

  it('keeps a kanji group and its reading together as one unit', () => {
    const [unit] = textUnits('{市役所|しやくしょ}', 'ja')
    expect(unit?.segments).toEqual([{ base: '市役所', reading: 'しやくしょ' }])
  })
})
