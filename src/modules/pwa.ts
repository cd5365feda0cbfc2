/**
 * Registers the service worker that vite-plugin-pwa generates, in the browser
 * only (never while prerendering) and only where the browser supports it;
 * without one the app simply runs online. A new version waits until the
 * reader accepts it, then every open page reloads into it at once.
 */
import { Workbox } from 'workbox-window'
import { setInstallOffer, setOffline, setUpdateHandler, type InstallPromptEvent } from '@/composables/usePwa'

export function registerServiceWorker(): Workbox | undefined {
  setOffline(!navigator.onLine)
  window.addEventListener('online', () => setOffline(false))
  window.addEventListener('offline', () => setOffline(true))
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    setInstallOffer(event as InstallPromptEvent)
  })
  window.addEventListener('appinstalled', () => setInstallOffer(null))

  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return undefined
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  workbox.addEventListener('waiting', () => {
    setUpdateHandler(() => {
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
