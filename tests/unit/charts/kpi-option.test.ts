import { describe, expect, it } from 'vitest'
import type { LineSeriesOption } from 'echarts/charts'
import { buildKpiOption, KPI_PALETTE, type KpiChartLabels } from '../../../src/charts/kpi-option'
import type { NumericKpi } from '../../../src/schema/plan'

const text = (ja: string, en = '') => ({ ja, jaEasy: '', en })
const value = (number: number, printed: string) => ({ number, printed })

const overtime: NumericKpi = {
  id: 'goal-1-m3-a-k1',
  name: text('職員一人当たりの時間外勤務時間数(選挙を除く)'),
  easyShortName: '{残業|ざんぎょう}の{時間|じかん}',
  notes: [],
  kind: 'numeric',
  unit: text('時間', 'hours'),
  lowerIsBetter: true,
  baseline: value(184, '184 時間'),
  targets: { fy2024: value(180, '180 時間'), fy2025: value(175, '175 時間'), fy2026: value(170, '170 時間') },
  results: [],
}

const labels: KpiChartLabels = {
  baseline: '現状値',
  target: '目標値',
  result: '実績値',
  years: ['令和6年度', '令和7年度', '令和8年度'],
  description: '職員一人当たりの時間外勤務時間数。現状値 184時間、…',
}

const seriesOf = (option: ReturnType<typeof buildKpiOption>) => option.series as LineSeriesOption[]

describe('the KPI chart option', () => {
  it('draws the baseline and the three targets in order on a fiscal-year axis', () => {
    const option = buildKpiOption({ kpi: overtime, locale: 'ja', labels, reducedMotion: false })
    expect(option.xAxis).toMatchObject({ data: ['現状値', '令和6年度', '令和7年度', '令和8年度'] })
    const [targets] = seriesOf(option)
    const points = (targets?.data ?? []).map((point) => (typeof point === 'object' && point !== null && 'value' in point ? point.value : point))
    expect(points).toEqual([184, 180, 175, 170])
  })

  it('has only the target series while no result is published', () => {
    const option = buildKpiOption({ kpi: overtime, locale: 'ja', labels, reducedMotion: false })
    expect(seriesOf(option)).toHaveLength(1)
    expect(option.legend).toMatchObject({ show: false })
  })

  it('draws published results as a second, solid series in another colour', () => {
    const withResult: NumericKpi = {
      ...overtime,
      results: [
        {
          fiscalYear: 2024,
          value: value(178, '178 時間'),
          source: { title: text('fixture'), url: 'https://example.org/r.pdf', publishedOn: '2025-09-30' },
        },
      ],
    }
    const [, results] = seriesOf(buildKpiOption({ kpi: withResult, locale: 'ja', labels, reducedMotion: false }))
    expect(results?.data).toEqual([184, 178, null, null])
    expect(results?.lineStyle).toMatchObject({ type: 'solid', color: KPI_PALETTE.result })
  })

  it('turns animation off for readers who prefer reduced motion', () => {
    expect(buildKpiOption({ kpi: overtime, locale: 'ja', labels, reducedMotion: true }).animation).toBe(false)
    expect(buildKpiOption({ kpi: overtime, locale: 'ja', labels, reducedMotion: false }).animation).toBe(true)
  })

  it('ticks in whole numbers for a KPI counted in whole numbers, not for one with decimals', () => {
    const yAxis = (kpi: NumericKpi) =>
      (buildKpiOption({ kpi, locale: 'en', labels, reducedMotion: false }).yAxis as { minInterval: number }).minInterval
    expect(yAxis(overtime)).toBe(1)
    expect(yAxis({ ...overtime, baseline: value(98.4, '98.4%') })).toBe(0)
  })

  it('gives ECharts an aria description', () => {
    expect(buildKpiOption({ kpi: overtime, locale: 'ja', labels, reducedMotion: false }).aria).toEqual({
      enabled: true,
      label: { description: labels.description },
    })
  })

  it('formats tooltip values in the locale, with the unit', () => {
    const option = buildKpiOption({ kpi: overtime, locale: 'en', labels, reducedMotion: false })
    const tooltip = option.tooltip as { valueFormatter: (value: unknown) => string }
    expect(tooltip.valueFormatter(175)).toBe('175 hours')
    expect(tooltip.valueFormatter(null)).toBe('—')
  })

  it('labels a value with the decimals the source prints it with (64.0%, not 64%)', () => {
    const leave: NumericKpi = {
      ...overtime,
      unit: text('%', '%'),
      lowerIsBetter: false,
      baseline: value(63.6, '63.6%'),
      targets: { fy2024: value(64, '64.0%'), fy2025: value(64.5, '64.5%'), fy2026: value(65, '65.0%') },
    }
    const option = buildKpiOption({ kpi: leave, locale: 'ja', labels, reducedMotion: false })
    const tooltip = option.tooltip as { valueFormatter: (value: unknown) => string }
    expect(tooltip.valueFormatter(64)).toBe('64.0%')
    const label = seriesOf(option)[0]!.label as { formatter: (params: { value: unknown; dataIndex: number }) => string }
    expect(label.formatter({ value: 65, dataIndex: 3 })).toBe('65.0%')
  })

  it('keeps the first and last labels inside the plot: the first reads rightwards, the last leftwards', () => {
    const option = buildKpiOption({ kpi: overtime, locale: 'en', labels, reducedMotion: false })
    const targets = seriesOf(option)[0]!
    expect((targets.label as { align?: string }).align).toBe('left')
    const last = (targets.data as unknown[]).at(-1) as { value: unknown; label: { align: string } }
    expect(last.label.align).toBe('right')
    expect(last.value).toBe(overtime.targets.fy2026?.number)
  })
})
