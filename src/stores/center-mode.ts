/**
 * Community-center mode on this device (src/center/settings.ts has the
 * rules). Read after hydration, like the reader's preferences, so prerendered
 * pages match their first render.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DEFAULT_CENTER_SETTINGS, readCenterSettings, writeCenterSettings, type CenterModeSettings } from '@/center/settings'

export const useCenterModeStore = defineStore('centerMode', () => {
  const settings = ref<CenterModeSettings>({ ...DEFAULT_CENTER_SETTINGS })
  const enabled = computed(() => settings.value.enabled)

  function restore(): void {
    settings.value = readCenterSettings()
  }

  /** Keeps the new settings; false when the device could not store them (they last for this visit only). */
  function save(next: CenterModeSettings): boolean {
    settings.value = { ...next }
    return writeCenterSettings(next)
  }

  return { settings, enabled, restore, save }
})
