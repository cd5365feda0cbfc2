import { describe, expect, it } from 'vitest'
import { formatDecimal, formatFiscalYear, formatFiscalYearOnAxis, formatFiscalYearShort, formatKpiValue, isEnglishSingular, kpiDecimals } from '../../../src/lib/format'
import { printedDecimals } from '../../../src/shared/printed-values'
import type { NumericValue } from '../../../src/schema/plan'

const noTargets = { fy2024: null, fy2025: null, fy2026: null }
const unit = (ja: string, en = '') => ({ unit: { ja, jaEasy: '', en }, baseline: null, targets: noTargets, results: [] })
const printed = (number: number, text: string): NumericValue => ({ number, printed: text })

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

describe('KPI values as the source prints them', () => {
  it('count the decimals a printed value has', () => {
    expect(printedDecimals('64.0%')).toBe(1)
    expect(printedDecimals('14,215 千円')).toBe(0)
    expect(printedDecimals('98.46%')).toBe(2)
    expect(printedDecimals('9.2fm')).toBe(1)
  })

  it('keep a printed value’s trailing zero in every language', () => {
    const leave = { ...unit('%', '%'), targets: { fy2024: printed(64, '64.0%'), fy2025: printed(65, '65.0%'), fy2026: null } }
    expect(formatKpiValue(leave, printed(64, '64.0%'), 'ja')).toBe('64.0%')
    expect(formatKpiValue(leave, printed(65, '65.0%'), 'en')).toBe('65.0%')
    expect(formatKpiValue(leave, printed(65, '65.0%'), 'ja-easy')).toBe('65.0%')
  })

  it('give a bare number (a chart’s label) the KPI’s precision', () => {
    const leave = { ...unit('%', '%'), baseline: printed(61.2, '61.2%'), targets: { fy2024: printed(64, '64.0%'), fy2025: null, fy2026: null } }
    expect(kpiDecimals(leave)).toBe(1)
    expect(formatKpiValue(leave, 64, 'ja')).toBe('64.0%')
    expect(formatKpiValue(unit('件'), 26, 'ja')).toBe('26件')
  })
})

describe('counts that agree with their number', () => {
  const people = { ...unit('人', 'people'), unit: { ja: '人', jaEasy: '{人|にん}', en: 'people' }, unitSingularEn: 'person' }

  it('name one thing in the singular in English, more than one in the plural', () => {
    expect(formatKpiValue(people, printed(1, '1人'), 'en')).toBe('1 person')
    expect(formatKpiValue(people, printed(960, '960 人'), 'en')).toBe('960 people')
    expect(formatKpiValue(people, 0, 'en')).toBe('0 people')
  })

  it('read one and two people as the words ひとり and ふたり in easy Japanese', () => {
    expect(formatKpiValue(people, printed(1, '1人'), 'ja-easy')).toBe('{1人|ひとり}')
    expect(formatKpiValue(people, printed(2, '2人'), 'ja-easy')).toBe('{2人|ふたり}')
    expect(formatKpiValue(people, printed(3, '3人'), 'ja-easy')).toBe('3{人|にん}')
    expect(formatKpiValue(people, printed(1, '1人'), 'ja')).toBe('1人')
  })

  it('follow English’s plural rule as Intl.PluralRules states it, for numbers as written', () => {
    const written = ['0', '1', '2', '1.0', '1.5', '0.5', '11', '21', '101', '1,001', '-1']
    for (const decimals of [0, 1]) {
      const rules = new Intl.PluralRules('en-US', { minimumFractionDigits: decimals })
      for (const text of written.filter((candidate) => (candidate.split('.')[1]?.length ?? 0) === decimals)) {
        expect(isEnglishSingular(text), text).toBe(rules.select(Number(text.replaceAll(',', ''))) === 'one')
      }
    }
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

describe('years under a chart’s axis', () => {
  it('fit a phone’s ≈ 60 px: easy Japanese puts the reading on a line of its own, as ECharts cannot draw ruby', () => {
    expect(formatFiscalYearOnAxis(2024, 'ja')).toBe('令和6年度')
    expect(formatFiscalYearOnAxis(2024, 'ja-easy')).toBe('2024\nねんど')
    expect(formatFiscalYearOnAxis(2024, 'en')).toBe('FY2024')
  })
})
