/**
 * The app as an installed, offline-capable app: the network state, an update
 * waiting and the browser's install offer. Module-level state, filled in the
 * browser by ./service-worker.ts once the page is hydrated, and read through
 * usePwa(); while prerendering it stays at rest. (VueUse's useOnline would
 * do the listening, at the cost described in src/composables/useHydrated.ts.)
 */
import { ref, shallowRef } from 'vue'

/** Chrome's install offer; not in TypeScript's DOM types. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export const offline = ref(false)
export const updateWaiting = ref(false)
export const installOffer = shallowRef<InstallPromptEvent | null>(null)
let applyUpdate: (() => void) | null = null

export function offerUpdate(handler: () => void): void {
  applyUpdate = handler
  updateWaiting.value = true
}

/** Reloads into the new version, on the reader's consent only: never a mix of old and new files. */
export function acceptUpdate(): void {
  applyUpdate?.()
}
