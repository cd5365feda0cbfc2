/**
 * The picture a shared link previews with (OpenGraph, LINE): 1200×630 PNG, the page's title in the page's
 * language, drawn at build time (src/node/plugins/share-images-plugin.ts). satori lays out a small element
 * tree and draws it as SVG (text as paths), resvg turns that into a PNG.
 *
 * Ruby and line breaking are done here, with flexbox, rather than left to satori's text layout: easy
 * Japanese needs furigana over the kanji, which satori cannot draw (display: ruby throws). So the text is cut
 * into units a line may break between (a character in Japanese, a word in English, a kanji group with its
 * reading as one column), and the units wrap as flex items.
 *
 * Build time only: relative imports, no "@/" alias, since vite.config.ts loads this without it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Resvg } from '@resvg/resvg-js'
import satori, { type Font as SatoriFont, type SatoriNode } from 'satori'
import { parseFurigana, type FuriganaSegment } from '../lib/furigana'
import { SHARE_IMAGE_SIZE } from '../shared/share-images'

export interface ShareCard {
  /** The language of the text ('ja' for Japanese and easy Japanese): how lines may break. */
  lang: 'ja' | 'en'
  /** A short line above the title, e.g. "重点目標 1", "Focus goal 1", or '' for none. */
  kicker: string
  /** The title. In easy Japanese it carries readings as {漢字|かんじ} markup, drawn as furigana (ruby) over the kanji. */
  title: string
  /** The line at the bottom: the app's name in that language. */
  footer: string
}

// ---- Design -------------------------------------------------------------------------------------------

const THEME_COLOUR = '#00118f'
const TITLE_COLOUR = '#1a1a1a'
const FOOTER_COLOUR = '#333333'
/** The theme band down the left edge: the app's colour, recognisable even in a small thumbnail. */
const BAND_WIDTH = 28
/** Blank space around the text on every side (≥ 64 px: previews crop and round the corners). */
const MARGIN = 64
const KICKER_SIZE = 36
const FOOTER_SIZE = 30
/** Title sizes tried in turn, largest first: the first at which the title fits in MAX_TITLE_LINES is drawn. */
const TITLE_SIZES = [64, 60, 56, 52, 48, 44, 40, 36, 32] as const
const MAX_TITLE_LINES = 4
/** Furigana at half the size of their kanji, as in print. */
const RUBY_SCALE = 0.5
/** Japanese needs more room between lines than English to stay legible; furigana add their own line above. */
const LINE_HEIGHT = { ja: 1.3, en: 1.2 } as const
const RUBY_LINE_HEIGHT = 1.1
/** How much closer (in ems of the kanji) a reading sits to its kanji than the kanji's line height leaves. */
const RUBY_GAP_TIGHTENING = 0.1
/** The width of a space between words (and between phrases of easy Japanese), in ems. */
const WORD_SPACE = 0.3

// ---- Fonts ----------------------------------------------------------------------------------------------

/** One name for both weights: styles pick the weight with fontWeight. */
const FONT_FAMILY = 'BIZ UDPGothic'
let fontsLoaded: SatoriFont[] | undefined

/**
 * BIZ UDPGothic from its npm package, read once: about 9 MB for both weights. satori parses a font list
 * once and caches it by the array's identity, so the very same array is passed on every call.
 */
function fonts(): SatoriFont[] {
  if (fontsLoaded) return fontsLoaded
  const require = createRequire(import.meta.url)
  const read = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/biz-udpgothic/${file}`))
  fontsLoaded = [
    { name: FONT_FAMILY, data: read('400Regular/BIZUDPGothic_400Regular.ttf'), weight: 400, style: 'normal' },
    { name: FONT_FAMILY, data: read('700Bold/BIZUDPGothic_700Bold.ttf'), weight: 700, style: 'normal' },
  ]
  return fontsLoaded
}

// ---- Where lines may break ------------------------------------------------------------------------------

/** A piece a line never breaks inside: one or more characters, or kanji with their reading. */
export interface TextUnit {
  segments: FuriganaSegment[]
  /** A space follows it (between English words, between phrases of easy Japanese). */
  spaceAfter: boolean
}

/**
 * Japanese line-breaking rules (kinsoku): closing punctuation, small kana and the long-vowel mark never
 * start a line, so they stay with the character before; opening brackets never end one.
 */
const NO_LINE_START = new Set([...'、。，．,.・：；:;？！?!ー－‐–—〜～…‥)）」』】〕〉》］｝”’ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ%％'])
const NO_LINE_END = new Set([...'(（「『【〔〈《［｛“‘'])

/**
 * The title (kicker, footer) cut into the units a line may break between. In English a line breaks only at
 * spaces. In Japanese it may break between any two characters, except that a run of Latin letters or digits
 * ("2024") stays whole; with `phrasesWhole` it breaks only at the spaces the text has (between the phrases
 * of easy Japanese, or "第7次厚木市行政改革大綱 第2期実施計画"), which reads better when it fits.
 * Furigana markup is parsed here, so no "{" or "|" ever reaches the picture.
 */
export function textUnits(text: string, lang: ShareCard['lang'], phrasesWhole = false): TextUnit[] {
  const tokens: (FuriganaSegment | 'space')[] = []
  for (const segment of parseFurigana(text.trim())) {
    if (!('text' in segment)) {
      tokens.push(segment)
      continue
    }
    const pieces = segment.text.match(lang === 'en' ? /\s+|\S+/gu : /\s+|[A-Za-z0-9]+|./gu) ?? []
    for (const piece of pieces) tokens.push(/^\s+$/u.test(piece) ? 'space' : { text: piece })
  }

  const units: TextUnit[] = []
  for (const token of tokens) {
    const previous = units.at(-1)
    if (token === 'space') {
      if (previous) previous.spaceAfter = true
      continue
    }
    const first = 'text' in token ? token.text[0]! : token.base[0]!
    const previousLast = previous ? lastCharacter(previous) : ''
    const joinsPrevious =
      previous && !previous.spaceAfter && (phrasesWhole || NO_LINE_START.has(first) || NO_LINE_END.has(previousLast))
    if (joinsPrevious) appendSegment(previous, token)
    else units.push({ segments: [token], spaceAfter: false })
  }
  return units
}

function lastCharacter(unit: TextUnit): string {
  const last = unit.segments.at(-1)
  if (!last) return ''
  return ('text' in last ? last.text : last.base).at(-1) ?? ''
}

/** Adjacent plain text merges ("て" + "、" draw as one box "て、"). */
function appendSegment(unit: TextUnit, segment: FuriganaSegment) {
  const last = unit.segments.at(-1)
  if (last && 'text' in last && 'text' in segment) unit.segments[unit.segments.length - 1] = { text: last.text + segment.text }
  else unit.segments.push(segment)
}

// ---- The element tree satori draws --------------------------------------------------------------------

type Style = Record<string, string | number>
/** What satori takes instead of JSX: a React-element-like object. `key` names the boxes measured below. */
export interface CardElement {
  type: 'div'
  key?: string
  props: { style: Style; lang?: string; children?: string | CardElement[] }
}

/** Every box is a flex container: satori requires display: flex on any element with more than one child. */
function box(style: Style, children: string | CardElement[] = [], key?: string): CardElement {
  const element: CardElement = { type: 'div', props: { style: { display: 'flex', ...style }, children } }
  if (key) element.key = key
  return element
}

const TITLE_UNIT_KEY = 'title-unit'
const TITLE_BLOCK_KEY = 'title-block'
const TITLE_SLOT_KEY = 'title-slot'

const KANA = /[\u3041-\u309f\u30a0-\u30ff]/u

/**
 * A line of wrapping units. When any unit carries a reading, every unit gets a reading line above it
 * (empty for plain text), so that all lines are spaced alike and the kanji sit on one baseline with the
 * kana beside them. A ruby column is as wide as the wider of its kanji and its reading, so readings never
 * overlap each other; as in Japanese typesetting (JIS X 4051), a long reading may overhang a kana beside
 * it by half a reading character, so that "{力|ちから}" does not push its neighbours apart like spaces,
 * which easy Japanese uses between phrases.
 */
function wrappingText(text: string, lang: ShareCard['lang'], fontSize: number, options: { unitKey?: string; phrasesWhole?: boolean } = {}): CardElement {
  const units = textUnits(text, lang, options.phrasesWhole)
  const segments = units.flatMap((unit) =>
    unit.segments.map((segment, index) => ({ segment, spaceAfter: unit.spaceAfter && index === unit.segments.length - 1 })),
  )
  const hasRuby = segments.some(({ segment }) => 'reading' in segment)
  const rubySize = Math.round(fontSize * RUBY_SCALE)
  const overhang = Math.round(rubySize / 2)
  const isPlainKana = (index: number, edge: 'first' | 'last') => {
    const neighbour = segments[index]?.segment
    return neighbour !== undefined && 'text' in neighbour && KANA.test(edge === 'first' ? neighbour.text[0]! : neighbour.text.at(-1)!)
  }

  let segmentIndex = 0
  const segmentBox = (segment: FuriganaSegment) => {
    const index = segmentIndex++
    const baseText = box({ lineHeight: LINE_HEIGHT[lang], whiteSpace: 'nowrap' }, 'text' in segment ? segment.text : segment.base)
    if (!hasRuby) return baseText
    const reading = 'reading' in segment ? segment.reading : ''
    const kanaBefore = index > 0 && !segments[index - 1]!.spaceAfter && isPlainKana(index - 1, 'last')
    const kanaAfter = !segments[index]!.spaceAfter && isPlainKana(index + 1, 'first')
    const readingLine = box(
      {
        fontSize: rubySize,
        lineHeight: RUBY_LINE_HEIGHT,
        height: Math.ceil(rubySize * RUBY_LINE_HEIGHT),
        whiteSpace: 'nowrap',
        // Negative margins let the reading stick out past its column (centred over the kanji) by that much.
        marginLeft: reading && kanaBefore ? -overhang : 0,
        marginRight: reading && kanaAfter ? -overhang : 0,
        // Closer to its kanji than the line height would put it: the reading belongs to the kanji below.
        marginBottom: -Math.round(fontSize * RUBY_GAP_TIGHTENING),
      },
      reading,
    )
    return box({ flexDirection: 'column', alignItems: 'center' }, [readingLine, baseText])
  }
  return box(
    { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-end', fontSize },
    units.map((unit) =>
      box(
        { flexDirection: 'row', flexShrink: 0, marginRight: unit.spaceAfter ? Math.round(fontSize * WORD_SPACE) : 0 },
        unit.segments.map(segmentBox),
        options.unitKey,
      ),
    ),
  )
}

/** How the title is set: its size, and whether its lines break only between phrases (see textUnits). */
export interface TitleLayout {
  fontSize: number
  phrasesWhole: boolean
}

/**
 * The whole card with its title set one way. Left: the theme band. Right, within the margins: the kicker and
 * the title together, centred in the height left above the footer; the footer (the app's name) at the bottom.
 */
export function shareCardTree(card: ShareCard, titleLayout: TitleLayout = { fontSize: TITLE_SIZES[0], phrasesWhole: false }): CardElement {
  const title = wrappingText(card.title, card.lang, titleLayout.fontSize, { unitKey: TITLE_UNIT_KEY, phrasesWhole: titleLayout.phrasesWhole })
  title.props.style = { ...title.props.style, color: TITLE_COLOUR, fontWeight: 700 }
  // The kicker and the app's name are short and fit on one line; should one ever wrap, it wraps between phrases.
  const kicker = card.kicker.trim()
    ? [wrapStyle(wrappingText(card.kicker, card.lang, KICKER_SIZE, { phrasesWhole: true }), { color: THEME_COLOUR, fontWeight: 700, marginBottom: 20 })]
    : []
  const footer = wrapStyle(wrappingText(card.footer, card.lang, FOOTER_SIZE, { phrasesWhole: true }), {
    color: FOOTER_COLOUR,
    fontWeight: 400,
    flexShrink: 0,
    marginTop: 28,
  })

  const titleBlock = box({ flexDirection: 'column', flexShrink: 0 }, [...kicker, title], TITLE_BLOCK_KEY)
  // minHeight 0 lets the slot shrink below the title block, so an overlong title shows up in the
  // measurements (block taller than slot) instead of pushing the footer off the canvas.
  const titleSlot = box({ flexDirection: 'column', justifyContent: 'center', flexGrow: 1, flexShrink: 1, minHeight: 0 }, [titleBlock], TITLE_SLOT_KEY)
  const content = box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0, padding: MARGIN }, [titleSlot, footer])
  const band = box({ width: BAND_WIDTH, flexShrink: 0, backgroundColor: THEME_COLOUR })
  const root = box(
    { width: SHARE_IMAGE_SIZE.width, height: SHARE_IMAGE_SIZE.height, flexDirection: 'row', backgroundColor: '#ffffff', fontFamily: FONT_FAMILY },
    [band, content],
  )
  // satori's locale for Japanese: the Japanese forms of characters shared with Chinese, should a font have both.
  if (card.lang === 'ja') root.props.lang = 'ja-JP'
  return root
}

function wrapStyle(element: CardElement, style: Style): CardElement {
  element.props.style = { ...element.props.style, ...style }
  return element
}

// ---- Fitting and drawing --------------------------------------------------------------------------------

/** Whether the title fitted: no more lines than allowed, no taller than its slot, no unit wider than the line. */
function titleFits(nodes: SatoriNode[]): boolean {
  const block = nodes.find((node) => node.key === TITLE_BLOCK_KEY)
  const slot = nodes.find((node) => node.key === TITLE_SLOT_KEY)
  const units = nodes.filter((node) => node.key === TITLE_UNIT_KEY)
  if (!block || !slot || units.length === 0) throw new Error('share image: the title boxes were not laid out')
  // The units of a line share their bottom edge (alignItems: flex-end). satori reports boxes in the canvas's
  // coordinates, not their parent's.
  const lines = new Set(units.map((unit) => Math.round(unit.top + unit.height))).size
  const rightmost = Math.max(...units.map((unit) => unit.left + unit.width))
  return lines <= MAX_TITLE_LINES && block.height <= slot.height && rightmost <= block.left + block.width + 0.5
}

/**
 * The ways to set the title, best first: larger before smaller; at one size, Japanese that has spaces first
 * broken only between its phrases, then between any characters.
 */
export function titleLayouts(card: ShareCard): TitleLayout[] {
  const hasPhrases = card.lang === 'ja' && /\s/u.test(card.title.trim())
  return TITLE_SIZES.flatMap((fontSize) => [
    ...(hasPhrases ? [{ fontSize, phrasesWhole: true }] : []),
    { fontSize, phrasesWhole: false },
  ])
}

/** The card as SVG, set the best way that fits. satori lays out and draws in one call, so each try is a draw. */
async function shareImageSvg(card: ShareCard): Promise<string> {
  for (const titleLayout of titleLayouts(card)) {
    const nodes: SatoriNode[] = []
    const svg = await satori(shareCardTree(card, titleLayout), {
      ...SHARE_IMAGE_SIZE,
      fonts: fonts(),
      onNodeDetected: (node) => nodes.push(node),
    })
    if (titleFits(nodes)) return svg
  }
  // Refuse rather than publish a clipped title: a title this long (well over 100 characters) is not a title.
  throw new Error(`share image: the title does not fit in ${MAX_TITLE_LINES} lines even at ${TITLE_SIZES.at(-1)}px: "${card.title}"`)
}

/** The card as a PNG. Fonts are read once from the npm package and kept. */
export async function drawShareImage(card: ShareCard): Promise<Uint8Array> {
  const svg = await shareImageSvg(card)
  // satori drew the text as paths, so resvg needs no fonts: skipping the system's font scan saves time
  // and keeps the picture the same on every machine.
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng()
}
