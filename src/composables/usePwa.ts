import { acceptUpdate, installOffer, offline, updateWaiting } from '@/pwa/state'

/** The offline notice, the update prompt and the install offer, for the status bar. */
export function usePwa() {
  async function install(): Promise<void> {
    const offer = installOffer.value
    if (!offer) return
    await offer.prompt()
    installOffer.value = null
  }

  return {
    offline,
    updateWaiting,
    installOffer,
    install,
    update: acceptUpdate,
    dismissUpdate: () => {
      updateWaiting.value = false
    },
  }
}
