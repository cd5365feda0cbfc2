/**
 * How numbers, units and fiscal years read in each locale. One formatter per
 * locale, used by tables, charts and text alike.
 */
import { pickText } from '@/data/plan-texts'
import type { NumericKpi, NumericValue } from '@/schema/plan'
import { languageOf, type Locale } from '@/shared/languages'
import { printedDecimals } from '@/shared/printed-values'
import { reiwaYearOf } from './fiscal-year'

/**
 * Decimal numbers as Japanese and US English print them, which agree: "14,215", "98.46" (commas between
 * thousands, a point before the decimals, rounded half away from zero). Written out rather than asked of
 * Intl.NumberFormat because the first Intl formatter a page builds loads the browser's locale data: ≈ 110 ms
 * of a 4×-slowed phone's main thread, in one task, on every KPI and initiative page as the app starts
 * (#13, docs/PERFORMANCE.md). tests/unit/lib/format.test.ts checks it against Intl, digit for digit.
 */
const SEPARATORS: Record<string, { group: string; decimal: string }> = {
  'ja-JP': { group: ',', decimal: '.' },
  'en-US': { group: ',', decimal: '.' },
}

export function formatDecimal(value: number, numberLocale: string, fraction: { min: number; max: number }): string {
  const separators = SEPARATORS[numberLocale]
  // A language whose separators are not listed above, or a number too large or small to be written out, goes to Intl.
  const written = String(Math.abs(value))
  if (!separators || !Number.isFinite(value) || written.includes('e')) return intlFormat(value, numberLocale, fraction)
  const [whole = '0', decimals = ''] = written.split('.')
  // Round the shortest decimal form (what the number reads as), not its binary value, as Intl does: 1.005 → 1.01.
  let digits = whole + decimals.slice(0, fraction.max).padEnd(fraction.max, '0')
  if ((decimals[fraction.max] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0')
  const roundedWhole = digits.slice(0, digits.length - fraction.max) || '0'
  let roundedDecimals = digits.slice(digits.length - fraction.max)
  while (roundedDecimals.length > fraction.min && roundedDecimals.endsWith('0')) roundedDecimals = roundedDecimals.slice(0, -1)
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  const grouped = roundedWhole.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group)
  return `${sign}${grouped}${roundedDecimals ? separators.decimal + roundedDecimals : ''}`
}

function intlFormat(value: number, numberLocale: string, fraction: { min: number; max: number }): string {
  return new Intl.NumberFormat(numberLocale, { minimumFractionDigits: fraction.min, maximumFractionDigits: fraction.max }).format(value)
}

export type KpiFormatFacts = Pick<NumericKpi, 'unit' | 'unitSingularEn' | 'baseline' | 'baselineBreakdown' | 'targets' | 'results'>

/**
 * The precision the source uses for a KPI: the most decimals any of its printed values has. A chart's axis
 * or tooltip has only the bare number, and 64 beside a table's "64.0%" would read as a different figure.
 */
export function kpiDecimals(kpi: KpiFormatFacts): number {
  const values = [
    kpi.baseline,
    kpi.targets.fy2024,
    kpi.targets.fy2025,
    kpi.targets.fy2026,
    ...kpi.results.map((result) => result.value),
    ...(kpi.baselineBreakdown?.items.map((item) => item.value) ?? []),
  ]
  return Math.max(0, ...values.map((value) => (value ? printedDecimals(value.printed) : 0)))
}

/** Units written straight after the number, without a space, in every locale. */
const TIGHT_UNITS = new Set(['%', 'fm'])

/**
 * A KPI value with its unit: "14,215千円" in Japanese; amounts in thousands of
 * yen read as "¥14.2 million" in English. A value keeps the decimals the source
 * printed it with ("64.0%"); a bare number (a chart's axis) takes the KPI's.
 */
export function formatKpiValue(kpi: KpiFormatFacts, value: NumericValue | number, locale: Locale): string {
  const number = typeof value === 'number' ? value : value.number
  const decimals = typeof value === 'number' ? kpiDecimals(kpi) : printedDecimals(value.printed)
  const fraction = typeof value === 'number' ? { min: decimals, max: Math.max(decimals, 2) } : { min: decimals, max: decimals }
  if (locale === 'en' && kpi.unit.ja === '万文字') {
    return `${formatDecimal(number / 100, 'en-US', { min: 0, max: 2 })} million characters`
  }
  if (locale === 'en' && kpi.unit.ja === '千円') {
    const millions = number / 1000
    return `¥${formatDecimal(millions, 'en-US', { min: 1, max: 1 })} million`
  }
  const formatted = formatDecimal(number, languageOf(locale).numberLocale, fraction)
  if (locale === 'ja-easy' && kpi.unit.ja in COUNTS_READ_AS_ONE_WORD) {
    const word = COUNTS_READ_AS_ONE_WORD[kpi.unit.ja]?.[formatted]
    if (word) return `{${formatted}${kpi.unit.ja}|${word}}`
  }
  const unit = locale === 'en' && isEnglishSingular(formatted) && kpi.unitSingularEn ? kpi.unitSingularEn : pickText(kpi.unit, locale).text
  if (!unit) return formatted
  if (TIGHT_UNITS.has(kpi.unit.ja) || locale !== 'en') return `${formatted}${unit}`
  return `${formatted} ${unit}`
}

/**
 * English's plural rule (CLDR: "one" is the integer 1 written without decimals, so "1.0 hours"), applied to
 * the number as written. Written out rather than asked of Intl.PluralRules for the reason formatDecimal gives;
 * tests/unit/lib/format.test.ts checks it against Intl.PluralRules.
 */
export function isEnglishSingular(writtenNumber: string): boolean {
  return writtenNumber.replace(/^-/, '') === '1'
}

/**
 * Counts whose number and counter are read as one word, not number + the counter's usual reading: 1人 is
 * ひとり, not いちにん. Easy Japanese writes the pair under one reading.
 */
const COUNTS_READ_AS_ONE_WORD: Record<string, Record<string, string>> = {
  人: { '1': 'ひとり', '2': 'ふたり' },
}

/** The plan's ア, イ, ウ: kept in Japanese, (a), (b), (c) in English. */
export function formatInitiativeLabel(label: 'ア' | 'イ' | 'ウ', locale: Locale): string {
  if (locale !== 'en') return label
  return `(${{ ア: 'a', イ: 'b', ウ: 'c' }[label]})`
}

/** 令和6年度（2024年度） in Japanese, 2024年度 (with its reading) in easy Japanese, FY2024 in English. */
export function formatFiscalYear(fiscalYear: number, locale: Locale): string {
  if (locale === 'ja') return `令和${reiwaYearOf(fiscalYear)}年度（${fiscalYear}年度）`
  // Easy Japanese carries readings: 2024{年度|ねんど} renders as ruby, or 2024年度(ねんど) where ruby cannot.
  if (locale === 'ja-easy') return `${fiscalYear}{年度|ねんど}`
  return `FY${fiscalYear}`
}

/**
 * A year under a chart's axis, where a phone gives it ≈ 60 px: 令和6年度 / FY2024, and in easy Japanese the
 * year over its reading (2024 / ねんど) on two short lines, as ECharts cannot draw ruby.
 */
export function formatFiscalYearOnAxis(fiscalYear: number, locale: Locale): string {
  if (locale === 'ja-easy') return `${fiscalYear}\nねんど`
  return formatFiscalYearShort(fiscalYear, locale)
}

/** The short form for chart axes and table headers: 令和6年度 / 2024年度 / FY2024. */
export function formatFiscalYearShort(fiscalYear: number, locale: Locale): string {
  if (locale === 'ja') return `令和${reiwaYearOf(fiscalYear)}年度`
  return formatFiscalYear(fiscalYear, locale)
}
