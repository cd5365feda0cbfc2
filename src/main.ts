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
import { nextTask } from './boot/next-task'
import { askForDeferredCode } from './components/hydration'
import { createAppI18n } from './i18n/messages'
import { installLocaleGuards } from './router/guards'
import { discardMismatchedPrerender } from './router/not-found-fallback'
import { routes } from './router/routes'
import './styles/main.css'

const base = import.meta.env.BASE_URL

/**
 * The app, assembled step by step: each `yield` is a point where the browser may take a breath (see
 * `startInBrowser`); while prerendering the steps simply run one after the other.
 */
function* assembleApp() {
  const app = createSSRApp(App)
  app.use(createPinia())
  yield
  const router = createRouter({ history: import.meta.env.SSR ? createMemoryHistory(base) : createWebHistory(base), routes })
  yield
  const i18n = createAppI18n()
  app.use(i18n)
  installLocaleGuards(router, i18n, !import.meta.env.SSR)
  yield
  // Installing the router starts its first navigation: the page's strings, its part of the plan, its code.
  app.use(router)
  return { app, router }
}

/** The app for one prerendered page (vite-ssg calls this in Node for every page). */
export function createApp() {
  const steps = assembleApp()
  let step = steps.next()
  while (!step.done) step = steps.next()
  const { app, router } = step.value
  // The whole head (title, description, robots, <html> attributes) is written into each page at build time.
  const head = import.meta.env.SSR ? createHead() : undefined
  if (head) app.use(head)
  return { app, router, routes, head, initialState: {} }
}

/**
 * The same app in the browser, assembled and started as a series of short tasks (src/boot/next-task.ts):
 * on a slow phone, done in one go, it would hold the page for the better part of a second after it
 * is shown. Each step is a few tens of milliseconds there at most; between steps the page answers.
 */
async function startInBrowser(): Promise<void> {
  // Take over the prerendered page as it is (hydrate) rather than drawing it again: no flash, no layout
  // shift, far less work for a phone. A page served for another address (404.html) is drawn afresh.
  const container = document.getElementById('app')
  discardMismatchedPrerender(base, container)
  // Nothing to take over: every part renders at once, so its code is wanted now (src/components/hydration.ts).
  if (!container?.hasChildNodes()) askForDeferredCode()
  const steps = assembleApp()
  let step = steps.next()
  while (!step.done) {
    await nextTask()
    step = steps.next()
  }
  const { app, router } = step.value
  await router.isReady()
  await nextTask()
  app.mount('#app', true)
}

if (!import.meta.env.SSR) void startInBrowser()
