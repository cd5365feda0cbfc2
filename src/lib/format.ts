/**
 * How numbers, units and fiscal years read in each locale. One formatter per
 * locale, used by tables, charts and text alike.
 */
import { pickText } from '@/data/plan-texts'
import type { NumericKpi, NumericValue } from '@/schema/plan'
import { languageOf, type Locale } from '@/shared/languages'
import { reiwaYearOf } from './fiscal-year'

// Made once and reused: building an Intl.NumberFormat costs about a millisecond on a phone, and a page
// with charts and tables formats hundreds of numbers while it starts.
const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(languageOf(locale).numberLocale, { maximumFractionDigits: 2 }).format(value)
}

/** Units written straight after the number, without a space, in every locale. */
const TIGHT_UNITS = new Set(['%', 'fm'])

/**
 * A KPI value with its unit: "14,215千円" in Japanese; amounts in thousands of
 * yen read as "¥14.2 million" in English.
 */
export function formatKpiValue(kpi: Pick<NumericKpi, 'unit'>, value: NumericValue | number, locale: Locale): string {
  const number = typeof value === 'number' ? value : value.number
  if (locale === 'en' && kpi.unit.ja === '万文字') {
    return `${numberFormat('en-US', { maximumFractionDigits: 2 }).format(number / 100)} million characters`
  }
  if (locale === 'en' && kpi.unit.ja === '千円') {
    const millions = number / 1000
    return `¥${numberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(millions)} million`
  }
  const unit = pickText(kpi.unit, locale).text
  const formatted = formatNumber(number, locale)
  if (!unit) return formatted
  if (TIGHT_UNITS.has(kpi.unit.ja) || locale !== 'en') return `${formatted}${unit}`
  return `${formatted} ${unit}`
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

/** The short form for chart axes and table headers: 令和6年度 / 2024年度 / FY2024. */
export function formatFiscalYearShort(fiscalYear: number, locale: Locale): string {
  if (locale === 'ja') return `令和${reiwaYearOf(fiscalYear)}年度`
  return formatFiscalYear(fiscalYear, locale)
}
