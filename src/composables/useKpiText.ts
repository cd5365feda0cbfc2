import { useI18n } from 'vue-i18n'
import type { KpiChartLabels } from '@/charts/kpi-option'
import { pickText } from '@/data/plan-texts'
import { formatFiscalYearOnAxis, formatFiscalYearShort, formatKpiValue } from '@/lib/format'
import { flattenFuriganaSafely as safeFlatten } from '@/lib/furigana'
import { kpiYears } from '@/lib/kpi'
import type { Kpi, MilestoneValue, NumericValue } from '@/schema/plan'
import { useLocale } from './useLocale'

/**
 * A KPI's values as words in the current language. `valueMarkup` and
 * `baselineMarkup` may carry easy-Japanese readings ({件|けん}) and are shown
 * with <FuriganaText>; `describe` is the whole series as one plain sentence
 * for screen readers; chart labels carry readings in parentheses.
 */
export function useKpiText() {
  const { t } = useI18n()
  const { locale, text } = useLocale()

  function valueMarkup(kpi: Kpi, value: NumericValue | MilestoneValue | null, empty = t('kpi.noTarget')): string {
    if (value === null) return empty
    if ('number' in value) return kpi.kind === 'numeric' ? formatKpiValue(kpi, value, locale.value) : value.printed
    return pickText(value.text, locale.value).text
  }

  function baselineMarkup(kpi: Kpi): string {
    if (kpi.kind !== 'numeric') return t('kpi.noBaseline')
    if (kpi.baseline === null && kpi.baselineBreakdown) return t('kpi.baselineByCategory')
    return valueMarkup(kpi, kpi.baseline, t('kpi.noBaseline'))
  }

  const plain = (markup: string) => safeFlatten(markup, false)

  /** "現状値 98.4%、令和6年度 目標値 100%、…" (and each published result): the whole series in one sentence, for screen readers. */
  function describe(kpi: Kpi): string {
    const parts = [
      `${t('kpi.baseline')} ${plain(baselineMarkup(kpi))}`,
      ...kpiYears(kpi).map((row) => {
        const year = plain(formatFiscalYearShort(row.fiscalYear, locale.value))
        const target = `${year} ${t('kpi.target')} ${plain(valueMarkup(kpi, row.target as NumericValue | null))}`
        // A published result is read beside its year's target, as the chart draws it.
        if (row.result === null) return target
        const result = `${t('kpi.result')} ${plain(valueMarkup(kpi, row.result as NumericValue))}`
        return locale.value === 'en' ? `${target} (${result})` : `${target}（${result}）`
      }),
    ]
    return parts.join(locale.value === 'en' ? '; ' : '、')
  }

  function chartLabels(kpi: Kpi): KpiChartLabels {
    return {
      baseline: t('kpi.baseline'),
      target: t('kpi.target'),
      result: t('kpi.result'),
      years: kpiYears(kpi).map((row) => formatFiscalYearOnAxis(row.fiscalYear, locale.value)),
      description: t('kpi.chartDescription', { name: text(kpi.name), values: describe(kpi) }),
    }
  }

  return { valueMarkup, baselineMarkup, describe, chartLabels }
}
