import { describe, expect, it } from 'vitest'
import { formatDate } from '../../../src/lib/publication-date'

describe('formatDate', () => {
  it('writes a publication date as each language does, on the calendar day given', () => {
    expect(formatDate('2025-07-01', 'ja')).toBe('2025年7月1日')
    expect(formatDate('2025-07-01', 'ja-easy')).toBe('2025{年|ねん}7{月|がつ}1{日|にち}')
    expect(formatDate('2025-07-01', 'en')).toBe('July 1, 2025')
    expect(formatDate('2026-03-31', 'en')).toBe('March 31, 2026')
  })

  it('shows a date it cannot read as it was written, rather than a wrong day', () => {
    expect(formatDate('2025/07/01', 'en')).toBe('2025/07/01')
  })
})
