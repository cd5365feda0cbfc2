import { useI18n } from 'vue-i18n'
import type { Kpi, MilestoneValue, NumericValue } from '@/data/schema'
import { formatFiscalYearShort, formatKpiValue } from '@/lib/format'
import { kpiYears } from '@/lib/kpi'
import { useLocale } from './useLocale'
import type { KpiChartLabels } from '@/charts/kpi-option'

/** A KPI's values as words in the current locale: for tables, timelines, charts and screen readers. */
export function useKpiText() {
  const { t } = useI18n()
  const { locale, text } = useLocale()

  function valueText(kpi: Kpi, value: NumericValue | MilestoneValue | null, empty = t('kpi.noTarget')): string {
    if (value === null) return empty
    if ('number' in value) return kpi.kind === 'numeric' ? formatKpiValue(kpi, value, locale.value) : value.printed
    return text(value.text)
  }

  function baselineText(kpi: Kpi): string {
    if (kpi.kind !== 'numeric') return t('kpi.noBaseline')
    if (kpi.baseline === null && kpi.baselineBreakdown) return t('kpi.baselineByCategory')
    return valueText(kpi, kpi.baseline, t('kpi.noBaseline'))
  }

  /** "現状値 98.4%、令和6年度 100%、…": the whole series in one sentence. */
  function describe(kpi: Kpi): string {
    const parts = [
      `${t('kpi.baseline')} ${baselineText(kpi)}`,
      ...kpiYears(kpi).map(
        (row) =>
          `${formatFiscalYearShort(row.fiscalYear, locale.value)} ${t('kpi.target')} ${valueText(kpi, row.target as NumericValue | null)}`,
      ),
    ]
    return parts.join('、')
  }

  function chartLabels(kpi: Kpi): KpiChartLabels {
    return {
      baseline: t('kpi.baseline'),
      target: t('kpi.target'),
      result: t('kpi.result'),
      years: kpiYears(kpi).map((row) => formatFiscalYearShort(row.fiscalYear, locale.value)),
      description: t('kpi.chartDescription', { name: text(kpi.name), values: describe(kpi) }),
    }
  }

  return { valueText, baselineText, describe, chartLabels }
}
