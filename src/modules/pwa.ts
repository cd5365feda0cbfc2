/**
 * Registers the service worker that vite-plugin-pwa generates, in the browser
 * only (never while prerendering) and only where the browser supports it;
 * without one the app simply runs online.
 */
import { Workbox } from 'workbox-window'

export function registerServiceWorker(): Workbox | undefined {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return undefined
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  void workbox.register()
  return workbox
}
