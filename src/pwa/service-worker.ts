/**
 * Registers the service worker that vite-plugin-pwa generates, in the browser
 * only (never while prerendering) and only where the browser supports it;
 * without one the app simply runs online. A new version waits until the
 * reader accepts it, then every open page reloads into it at once.
 */
import { Workbox } from 'workbox-window'
import { installOffer, offerUpdate, offline, type InstallPromptEvent } from './state'

export function registerServiceWorker(): Workbox | undefined {
  offline.value = !navigator.onLine
  window.addEventListener('online', () => (offline.value = false))
  window.addEventListener('offline', () => (offline.value = true))
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    installOffer.value = event as InstallPromptEvent
  })
  window.addEventListener('appinstalled', () => (installOffer.value = null))

  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return undefined
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  workbox.addEventListener('waiting', () => {
    offerUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload())
      workbox.messageSkipWaiting()
    })
  })
  workbox.register().catch((error: unknown) => {
    // Private modes and some browsers refuse service workers: the app still runs online.
    console.warn('Service worker not registered; the app works online only.', error)
  })
  return workbox
}
