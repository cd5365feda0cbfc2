import { describe, expect, it } from 'vitest'
import { absolutePageUrl } from '../../../src/lib/page-url'

describe('the address a QR code encodes', () => {
  it('is the page on the origin the app is served from', () => {
    expect(absolutePageUrl('https://example.org', '/', '/ja/initiatives/goal-1-m1-a')).toBe('https://example.org/ja/initiatives/goal-1-m1-a')
  })

  it('keeps the deployed base path (BASE_PATH=/reform-plan/)', () => {
    expect(absolutePageUrl('https://www.city.atsugi.kanagawa.jp', '/reform-plan/', '/en/goals/goal-2')).toBe(
      'https://www.city.atsugi.kanagawa.jp/reform-plan/en/goals/goal-2',
    )
    expect(absolutePageUrl('http://127.0.0.1:4300', '/a/b/', '/ja-easy')).toBe('http://127.0.0.1:4300/a/b/ja-easy')
  })

  it('joins base and path with one slash, however either is written', () => {
    for (const base of ['reform-plan', '/reform-plan', 'reform-plan/', '//reform-plan//']) {
      expect(absolutePageUrl('https://example.org', base, 'ja/kpis/goal-1-m1-a-k1')).toBe('https://example.org/reform-plan/ja/kpis/goal-1-m1-a-k1')
    }
  })
})
