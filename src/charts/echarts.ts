/**
 * ECharts, tree-shaken to what a KPI chart uses. The browser imports it only
 * dynamically (KpiChart), so it lives in its own chunk that no page loads at
 * start; the prerender imports it to draw each chart as SVG at build time.
 */
import { LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { KpiChartOption } from './kpi-option'

use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer])

/** The box a chart is drawn in at build time: a phone's content width (390 px screen less the page margins). */
export const PRERENDER_CHART_SIZE = { width: 358, height: 240 } as const

/** Draws a chart to an SVG string without a browser (ECharts' server-side rendering). */
export function renderChartToSvg(option: KpiChartOption): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...PRERENDER_CHART_SIZE })
  try {
    chart.setOption({ ...option, animation: false })
    // A viewBox lets the drawing scale to the box it is shown in.
    return chart.renderToSVGString({ useViewBox: true })
  } finally {
    chart.dispose()
  }
}

export { init }
