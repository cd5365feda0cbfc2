/**
 * The app's life as an installed, offline-capable app: a waiting update, the
 * network state and the browser's install offer. Module-level state, filled
 * in the browser by src/modules/pwa.ts; during prerendering it stays at rest.
 */
import { ref, shallowRef } from 'vue'

/** Chrome's install offer; not in TypeScript's DOM types. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

const updateWaiting = ref(false)
const offline = ref(false)
const installOffer = shallowRef<InstallPromptEvent | null>(null)
let applyUpdate: (() => void) | null = null

export function setUpdateHandler(handler: () => void): void {
  applyUpdate = handler
  updateWaiting.value = true
}

export function setOffline(value: boolean): void {
  offline.value = value
}

export function setInstallOffer(event: InstallPromptEvent | null): void {
  installOffer.value = event
}

export function usePwa() {
  async function install(): Promise<void> {
    const offer = installOffer.value
    if (!offer) return
    await offer.prompt()
    installOffer.value = null
  }
  return {
    updateWaiting,
    offline,
    installOffer,
    install,
    /** Reloads into the new version, on the reader's consent only: never a mix of old and new files. */
    update: () => applyUpdate?.(),
    dismissUpdate: () => {
      updateWaiting.value = false
    },
  }
}
