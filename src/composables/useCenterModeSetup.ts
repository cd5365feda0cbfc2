import { ref, shallowRef, watch, type Component } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { useCenterModeStore } from '@/stores/center-mode'

/**
 * Community-center mode, for the layout: reads the device's setting once the
 * page is hydrated (`applyOnDevice`), applies a staff set-up link (?center=on|off&centerLocale=…
 * &centerIdle=…&centerCode=…) and loads the idle guard on a shared device only.
 */
export function useCenterModeSetup() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const centerMode = useCenterModeStore()
  /** What a set-up link did on this device, said once. */
  const notice = ref('')
  /** A plain dynamic import: defineAsyncComponent would cost every reader 1 KB for the few shared devices. */
  const idleGuard = shallowRef<Component>()

  watch(
    () => centerMode.enabled,
    async (enabled) => {
      if (!enabled || idleGuard.value) return
      const { default: guard } = await import('@/components/center/CenterIdleGuard.vue')
      idleGuard.value = guard as Component
    },
  )

  /** Applies a staff set-up link, if the address carries one (its rules are loaded only then). */
  async function applySetupLink(): Promise<void> {
    if (!('center' in route.query)) return
    const { CENTER_QUERY_KEYS, centerSettingsFromQuery } = await import('@/center/setup-link')
    const outcome = centerSettingsFromQuery(route.query, centerMode.settings)
    if (outcome.kind === 'none') return
    if (outcome.kind === 'enabled' || outcome.kind === 'disabled') {
      const kept = centerMode.save(outcome.settings)
      notice.value = !kept ? t('center.notSaved') : t(outcome.kind === 'enabled' ? 'center.enabledNotice' : 'center.disabledNotice')
    } else {
      notice.value = outcome.kind === 'code-required' ? t('center.codeRequiredNotice') : t('center.invalidNotice', { reason: outcome.reason })
    }
    // The set-up parameters leave the address, so they are neither bookmarked nor shared (the code least of all).
    const query = Object.fromEntries(Object.entries(route.query).filter(([key]) => !(CENTER_QUERY_KEYS as readonly string[]).includes(key)))
    void router.replace({ query, hash: route.hash })
  }

  // The notice belongs to the page the link opened: the next page (and the next visitor) does not see it.
  watch(
    () => route.path,
    () => (notice.value = ''),
  )

  /** Reads the device's setting and applies a set-up link: once the whole page has hydrated (the mode changes what pages show). */
  async function applyOnDevice(): Promise<void> {
    centerMode.restore()
    await applySetupLink()
  }

  return { centerMode, notice, idleGuard, applyOnDevice }
}
