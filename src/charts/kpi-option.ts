/**
 * Pure builder of a KPI chart's ECharts option: baseline → FY2024 → FY2025 →
 * FY2026 targets, and published results drawn distinctly. Tested in Node;
 * only types come from ECharts, so this module costs the main bundle nothing.
 */
import type { LineSeriesOption } from 'echarts/charts'
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { FISCAL_YEAR_KEYS, PLAN_FISCAL_YEARS } from '@/shared/plan-years'
import type { NumericKpi } from '@/schema/plan'
import { formatKpiValue } from '@/lib/format'
import { readingsOnly } from '@/lib/furigana'
import type { Locale } from '@/shared/languages'

export type KpiChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption
>

/** Okabe–Ito colours, told apart with every common colour-vision deficiency, each ≥ 3:1 on white. */
export const KPI_PALETTE = { target: '#0072B2', result: '#D55E00', baseline: '#000000' } as const

export interface KpiChartLabels {
  baseline: string
  target: string
  result: string
  /** One label per plan fiscal year, e.g. 令和6年度. */
  years: readonly string[]
  /** The accessible description ECharts puts on the chart (the same numbers are in the table beside it). */
  description: string
}

export interface KpiChartInput {
  kpi: NumericKpi
  locale: Locale
  labels: KpiChartLabels
  reducedMotion: boolean
}

/** Whether every value the plan gives for this KPI is a whole number. */
function countsWholeNumbers(kpi: NumericKpi): boolean {
  const values = [kpi.baseline, ...FISCAL_YEAR_KEYS.map((year) => kpi.targets[year]), ...kpi.results.map((result) => result.value)]
  return values.every((value) => value === null || value === undefined || Number.isInteger(value.number))
}

export function buildKpiOption({ kpi, locale, labels, reducedMotion }: KpiChartInput): KpiChartOption {
  const targets = FISCAL_YEAR_KEYS.map((year) => kpi.targets[year]?.number ?? null)
  const resultsByYear = new Map(kpi.results.map((result) => [result.fiscalYear, result.value.number]))
  const results = PLAN_FISCAL_YEARS.map((year) => resultsByYear.get(year) ?? null)
  const hasResults = results.some((value) => value !== null)
  // Easy-Japanese units carry readings; ECharts draws plain text, so the reading stands for the word (186じかん).
  const format = (value: unknown) => (typeof value === 'number' ? readingsOnly(formatKpiValue(kpi, value, locale)) : '—')
  // The two labelled points keep their label inside the plot: the first reads rightwards from its point (never
  // over the axis's labels), the last leftwards (never past the chart's right edge), however long the unit.
  const lastTarget = targets.at(-1) ?? null

  const series: LineSeriesOption[] = [
    {
      name: labels.target,
      type: 'line',
      data: [
        { value: kpi.baseline?.number ?? null, itemStyle: { color: KPI_PALETTE.baseline }, symbol: 'diamond' },
        ...targets.slice(0, -1),
        { value: lastTarget, label: { align: 'right' } },
      ],
      connectNulls: false,
      lineStyle: { type: 'dashed', width: 2, color: KPI_PALETTE.target },
      itemStyle: { color: KPI_PALETTE.target },
      symbol: 'circle',
      symbolSize: 10,
      // Labels on the first and last points only: equal targets side by side would overprint on a phone.
      // Every value is in the tooltip and in the table beside the chart.
      label: {
        show: true,
        position: 'top',
        align: 'left',
        formatter: ({ value, dataIndex }) => (dataIndex === 0 || dataIndex === targets.length ? format(value) : ''),
      },
    },
  ]
  if (hasResults) {
    series.push({
      name: labels.result,
      type: 'line',
      data: [kpi.baseline?.number ?? null, ...results],
      lineStyle: { type: 'solid', width: 3, color: KPI_PALETTE.result },
      itemStyle: { color: KPI_PALETTE.result },
      symbol: 'rect',
      symbolSize: 10,
      label: { show: true, position: 'bottom', formatter: ({ value }) => format(value) },
    })
  }

  return {
    animation: !reducedMotion,
    aria: { enabled: true, label: { description: labels.description } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { show: hasResults, top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: format },
    // Every year labelled, wrapped rather than dropped on a 320px screen.
    xAxis: { type: 'category', data: [labels.baseline, ...labels.years], axisLabel: { interval: 0, width: 56, overflow: 'break' } },
    // A KPI counted in whole numbers (people, projects) gets whole-number ticks: "5.2 projects" reads as nonsense.
    yAxis: {
      type: 'value',
      scale: true,
      minInterval: countsWholeNumbers(kpi) ? 1 : 0,
      axisLabel: { formatter: (value: number) => format(value) },
    },
    series,
  }
}
