import { createPinia } from 'pinia'
import { ViteSSG } from 'vite-ssg'
import App from './App.vue'
import { createAppI18n } from './i18n/messages'
import { installLocaleGuards } from './router/guards'
import { discardMismatchedPrerender } from './router/not-found-fallback'
import { routes } from './router/routes'
import './styles/main.css'

export const createApp = ViteSSG(
  App,
  { routes, base: import.meta.env.BASE_URL },
  ({ app, router, isClient }) => {
    const i18n = createAppI18n()
    app.use(i18n)
    app.use(createPinia())
    installLocaleGuards(router, i18n, isClient)
    if (isClient) discardMismatchedPrerender(import.meta.env.BASE_URL, document.getElementById('app'))
  },
  // Take over the prerendered page as it is (hydrate), rather than throwing it away and drawing it again:
  // no flash, no layout shift and far less work for a phone at start.
  { hydration: true },
)
