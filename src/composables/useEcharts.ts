import { tryOnScopeDispose, useDebounceFn, useResizeObserver } from '@vueuse/core'
import type { ECharts } from 'echarts/core'
import { ref, shallowRef, type Ref } from 'vue'
import type { KpiChartOption } from '@/charts/kpi-option'

/**
 * An ECharts instance in a container, for as long as the component lives (the lifecycle vue-echarts
 * keeps in its composables): created on demand (ECharts is a chunk of its own, loaded by `draw`),
 * resized with its box (debounced, ignoring a zero size while hidden), redrawn on request (`refresh`,
 * when what the option is built from changes), disposed with the component. A failure to load or draw is reported, not thrown: one
 * chart must not take a page down, and the table beside it has the same numbers.
 */
export function useEcharts(container: Ref<HTMLElement | null>, option: (animate: boolean) => KpiChartOption, name: string) {
  const chart = shallowRef<ECharts | null>(null)
  const failed = ref(false)

  async function draw(animate: boolean): Promise<void> {
    if (!container.value || chart.value || failed.value) return
    try {
      const { init } = await import('@/charts/echarts')
      if (!container.value || chart.value) return
      chart.value = init(container.value, null, { renderer: 'svg' })
      chart.value.setOption(option(animate), { notMerge: true })
    } catch (error) {
      failed.value = true
      console.error(`${name} failed`, error)
    }
  }

  const resize = useDebounceFn(() => chart.value?.resize(), 100)
  useResizeObserver(container, ([entry]) => {
    if (chart.value && entry && entry.contentRect.width > 0 && entry.contentRect.height > 0) void resize()
  })
  /** Draws the option anew, without animation (the reader is looking at the chart already). */
  const refresh = () => chart.value?.setOption(option(false), { notMerge: true })
  tryOnScopeDispose(() => {
    chart.value?.dispose()
    chart.value = null
  })

  return { chart, failed, draw, refresh }
}
