import { computed, onMounted, ref } from 'vue'
import { planPhaseAt } from '@/lib/fiscal-year'
import { PLAN_FISCAL_YEARS } from '@/shared/plan-years'

/**
 * Today's fiscal year and where it sits in the plan, from the device's date.
 * It is null while prerendering and until the page is mounted, so the static
 * HTML (built on another day) never disagrees with the browser's first render.
 */
export function useFiscalYear(now: () => Date = () => new Date()) {
  const today = ref<Date | null>(null)
  onMounted(() => {
    today.value = now()
  })
  const phase = computed(() =>
    today.value ? planPhaseAt(today.value, PLAN_FISCAL_YEARS[0], PLAN_FISCAL_YEARS[PLAN_FISCAL_YEARS.length - 1]!) : null,
  )
  const currentFiscalYear = computed(() => phase.value?.fiscalYear ?? null)
  return { phase, currentFiscalYear }
}
