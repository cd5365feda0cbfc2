/**
 * ECharts, tree-shaken to what a KPI chart uses. Imported only dynamically
 * (by KpiChart), so it lives in its own chunk that the home page never loads.
 */
import { LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer])

export { init }
