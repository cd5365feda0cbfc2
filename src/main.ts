/**
 * The app, for both sides of vite-ssg: its build prerenders every page by calling `createApp` in Node
 * (and renders the head with unhead), and the browser takes the prerendered page over (hydrates it)
 * once the page's loader has asked for this module (src/boot/start-app.js). vite-ssg's own client
 * runtime is not used: it always ships unhead's browser renderer, and in the browser the only head
 * changes are the title and <html>'s attributes (src/composables/usePageHead.ts).
 */
import { createHead } from '@unhead/vue/server'
import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { createMemoryHistory, createRouter, createWebHistory } from 'vue-router'
import App from './App.vue'
import { createAppI18n } from './i18n/messages'
import { installLocaleGuards } from './router/guards'
import { discardMismatchedPrerender } from './router/not-found-fallback'
import { routes } from './router/routes'
import './styles/main.css'

const base = import.meta.env.BASE_URL

export function createApp() {
  const app = createSSRApp(App)
  const router = createRouter({ history: import.meta.env.SSR ? createMemoryHistory(base) : createWebHistory(base), routes })
  const i18n = createAppI18n()
  app.use(i18n)
  app.use(createPinia())
  installLocaleGuards(router, i18n, !import.meta.env.SSR)
  app.use(router)
  // The whole head (title, description, robots, <html> attributes) is written into each page at build time.
  const head = import.meta.env.SSR ? createHead() : undefined
  if (head) app.use(head)
  return { app, router, routes, head, initialState: {} }
}

if (!import.meta.env.SSR) {
  // Take over the prerendered page as it is (hydrate) rather than drawing it again: no flash, no layout
  // shift, far less work for a phone. A page served for another address (404.html) is drawn afresh.
  discardMismatchedPrerender(base, document.getElementById('app'))
  const { app, router } = createApp()
  void router.isReady().then(() => app.mount('#app', true))
}
