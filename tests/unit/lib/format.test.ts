import { describe, expect, it } from 'vitest'
import { formatFiscalYear, formatFiscalYearShort, formatKpiValue } from '../../../src/lib/format'

const unit = (ja: string, en = '') => ({ unit: { ja, jaEasy: '', en } })

describe('KPI values', () => {
  it('read with their unit in Japanese', () => {
    expect(formatKpiValue(unit('%'), 98.4, 'ja')).toBe('98.4%')
    expect(formatKpiValue(unit('千円'), 14215, 'ja')).toBe('14,215千円')
    expect(formatKpiValue(unit('件'), 26, 'ja')).toBe('26件')
  })

  it('read thousands of yen as millions of yen in English', () => {
    expect(formatKpiValue(unit('千円', 'thousand yen'), 15000, 'en')).toBe('¥15.0 million')
    expect(formatKpiValue(unit('千円', 'thousand yen'), 105954, 'en')).toBe('¥106.0 million')
  })

  it('put a space before a word unit in English, none before %', () => {
    expect(formatKpiValue(unit('件', 'cases'), 28, 'en')).toBe('28 cases')
    expect(formatKpiValue(unit('%', '%'), 64.5, 'en')).toBe('64.5%')
  })
})

describe('fiscal years', () => {
  it('show the Reiwa year and the Western year in Japanese', () => {
    expect(formatFiscalYear(2024, 'ja')).toBe('令和6年度（2024年度）')
    expect(formatFiscalYearShort(2024, 'ja')).toBe('令和6年度')
  })

  it('show the Western year in easy Japanese (with its reading) and English', () => {
    expect(formatFiscalYear(2025, 'ja-easy')).toBe('2025{年度|ねんど}')
    expect(formatFiscalYear(2026, 'en')).toBe('FY2026')
  })
})
