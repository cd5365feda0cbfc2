/**
 * Runs a composable the way a page runs it: inside a component of an app with the router at `path`,
 * vue-i18n in that path's language (its real UI strings) and pinia, rendered once on the server side
 * (no DOM needed), with the parts of the plan its route loads, built from the data files as when the
 * build prerenders.
 */
import { createPinia } from 'pinia'
import { createSSRApp, defineComponent, type VNode } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import { loadPlanPart } from '../../src/data/load-plan-parts'
import { createAppI18n, loadMessages } from '../../src/i18n/messages'
import { planPartsOf, stringSetsOf } from '../../src/router/page-data'
import { routes } from '../../src/router/routes'
import { localeOr } from '../../src/shared/languages'

export async function inApp<T>(path: string, composable: () => T): Promise<T> {
  let result: T | undefined
  await renderInApp(path, () => {
    result = composable()
    return () => null
  })
  return result as T
}

/** Renders what `setup` returns (a render function) the way a page at `path` renders it; resolves to its HTML. */
export async function renderInApp(path: string, setup: () => () => VNode | null): Promise<string> {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const locale = localeOr(router.currentRoute.value.params.locale)
  const i18n = createAppI18n()
  // The UI strings and parts of the plan the route's page needs, as the router's guard loads them (the parts built
  // from the data files here).
  await Promise.all(stringSetsOf(router.currentRoute.value).map((set) => loadMessages(i18n, locale, set)))
  await Promise.all(planPartsOf(router.currentRoute.value).map((part) => loadPlanPart(part.locale, part)))
  i18n.global.locale.value = locale
  const app = createSSRApp(defineComponent({ setup })).use(router).use(i18n).use(createPinia())
  return renderToString(app)
}
