import { describe, expect, it } from 'vitest'
import { DESCRIPTION_LENGTH, pageHeadTags, previewDescription, type PageHeadInput } from '../../../src/lib/page-head'
import { languageOf } from '../../../src/shared/languages'

describe('a description shortened for a link preview', () => {
  it('keeps a text that fits as it is, spaces tidied', () => {
    expect(previewDescription('  Build a strong\n financial foundation. ', 'en')).toBe('Build a strong financial foundation.')
    expect(previewDescription('市の仕事を見直します。', 'ja')).toBe('市の仕事を見直します。')
  })

  it('keeps whole sentences while they fit', () => {
    const first = 'あ'.repeat(50) + '。'
    const second = 'い'.repeat(50) + '。'
    const third = 'う'.repeat(50) + '。'
    expect(previewDescription(first + second + third, 'ja')).toBe(first + second)
    const english = `${'Word '.repeat(12).trim()}. ${'Next '.repeat(12).trim()}. ${'Last '.repeat(10).trim()}.`
    const shortened = previewDescription(english, 'en')
    expect(shortened).toBe(`${'Word '.repeat(12).trim()}. ${'Next '.repeat(12).trim()}.`)
  })

  it('cuts a first sentence too long to fit at a word (English) or a character (Japanese), with an ellipsis', () => {
    const english = previewDescription('strengthen '.repeat(30), 'en')
    expect([...english].length).toBeLessThanOrEqual(DESCRIPTION_LENGTH.en)
    expect(english).toMatch(/ strengthen…$/)
    const japanese = previewDescription('あ'.repeat(300), 'ja')
    expect([...japanese]).toHaveLength(DESCRIPTION_LENGTH.ja)
    expect(japanese.endsWith('…')).toBe(true)
  })

  it('does not leave a comma before the ellipsis', () => {
    expect(previewDescription(`${'あ'.repeat(118)}、${'い'.repeat(50)}`, 'ja')).toBe(`${'あ'.repeat(118)}…`)
  })
})

const page = (overrides: Partial<PageHeadInput> = {}): PageHeadInput => ({
  site: { origin: 'https://example.org', base: '/reform-plan/' },
  path: '/en/goals/goal-1',
  language: languageOf('en'),
  title: 'Build a strong organization | Atsugi City Administrative Reform Plan',
  ownTitle: 'Build a strong organization',
  siteName: 'Atsugi City Administrative Reform Plan',
  description: 'The city works to build an organization that copes with change.',
  image: { path: 'share/goal-1.en.png', alt: 'Focus goal 1 Build a strong organization', width: 1200, height: 630 },
  noindex: false,
  ...overrides,
})
const metaContent = (tags: ReturnType<typeof pageHeadTags>, key: string) =>
  tags.meta.filter((meta) => ('name' in meta ? meta.name : meta.property) === key).map((meta) => meta.content)

describe('the head a page is prerendered with', () => {
  it('names its canonical URL', () => {
    expect(pageHeadTags(page()).link).toEqual([{ rel: 'canonical', href: 'https://example.org/reform-plan/en/goals/goal-1' }])
  })

  it('previews in the page’s language, with the image as an absolute URL', () => {
    const tags = pageHeadTags(page())
    expect(metaContent(tags, 'og:locale')).toEqual(['en_US'])
    expect(metaContent(tags, 'og:locale:alternate')).toEqual(['ja_JP'])
    expect(metaContent(tags, 'og:title')).toEqual(['Build a strong organization'])
    expect(metaContent(tags, 'og:url')).toEqual(['https://example.org/reform-plan/en/goals/goal-1'])
    expect(metaContent(tags, 'og:image')).toEqual(['https://example.org/reform-plan/share/goal-1.en.png'])
    expect(metaContent(tags, 'twitter:card')).toEqual(['summary_large_image'])
    expect(metaContent(pageHeadTags(page({ path: '/ja-easy/goals/goal-1', language: languageOf('ja-easy') })), 'og:locale')).toEqual(['ja_JP'])
  })

  it('on the home page, previews with the site’s name as its title', () => {
    expect(metaContent(pageHeadTags(page({ path: '/en', ownTitle: '' })), 'og:title')).toEqual(['Atsugi City Administrative Reform Plan'])
  })

  it('keeps a print view out of search engines', () => {
    const tags = pageHeadTags(page({ path: '/ja/goals/goal-1/poster', language: languageOf('ja'), noindex: true }))
    expect(metaContent(tags, 'robots')).toEqual(['noindex'])
    expect(tags.link).toEqual([{ rel: 'canonical', href: 'https://example.org/reform-plan/ja/goals/goal-1/poster' }])
  })

  it('names no URL for the not-found page, which is served for any unknown address', () => {
    const tags = pageHeadTags(page({ path: '/404', language: languageOf('ja'), noindex: true }))
    expect(tags.link).toEqual([])
    expect(metaContent(tags, 'og:url')).toEqual([])
    expect(metaContent(tags, 'robots')).toEqual(['noindex'])
  })
})
