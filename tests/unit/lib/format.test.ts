import { describe, expect, it } from 'vitest'
import { formatDecimal, formatFiscalYear, formatFiscalYearShort, formatKpiValue } from '../../../src/lib/format'

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

describe('numbers written without Intl (its first formatter costs a phone ≈ 110 ms as a page starts)', () => {
  const edges = [0, -0, 1, 7.5, 98.4, 14215, 105954, 1234567.891, 0.005, 0.015, 1.005, 2.675, 0.995, 999.995, 9999.999, 64.45, -1.5, -0.001, -2.675, 1e20, 1e21, 5e-7]
  // A fixed pseudo-random sample (the same every run) of the kinds of numbers the plan prints.
  let seed = 7
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  const sample = Array.from({ length: 3000 }, (_, i) => Math.round(random() * 10 ** (i % 8)) / 10 ** (i % 5))

  for (const numberLocale of ['ja-JP', 'en-US']) {
    for (const fraction of [{ min: 0, max: 2 }, { min: 1, max: 1 }]) {
      it(`match Intl.NumberFormat digit for digit (${numberLocale}, ${fraction.min}–${fraction.max} decimals)`, () => {
        const intl = new Intl.NumberFormat(numberLocale, { minimumFractionDigits: fraction.min, maximumFractionDigits: fraction.max })
        const differing = [...edges, ...sample].filter((value) => formatDecimal(value, numberLocale, fraction) !== intl.format(value))
        expect(differing.map((value) => `${value}: ${formatDecimal(value, numberLocale, fraction)} ≠ ${intl.format(value)}`)).toEqual([])
      })
    }
  }

  it('leave other languages’ separators to Intl', () => {
    expect(formatDecimal(1234.5, 'de-DE', { min: 0, max: 2 })).toBe('1.234,5')
  })
})
