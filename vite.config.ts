/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join, resolve as resolvePath } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { absolutePageUrl } from './src/lib/page-url'
import { compileHintFor } from './src/node/compile-hints'
import { readPlanFiles } from './src/node/plan/plan-files'
import { ACCESSIBILITY_PAGE, accessibilityPagePlugin } from './src/node/plugins/accessibility-page-plugin'
import { PAGE_MODULES_FILE, startAppAfterLoad, type AppStartedAfterLoad } from './src/node/plugins/app-loader-plugin'
import { planDataPlugin } from './src/node/plugins/plan-data-plugin'
import { META_CONTENT_SECURITY_POLICY, securityHeadersPlugin } from './src/node/plugins/security-headers-plugin'
import { shareImagesPlugin } from './src/node/plugins/share-images-plugin'
import { ROBOTS_FILE, robotsTxt, SITEMAP_FILE, sitemapXml, withLanguageLinks } from './src/node/sitemap'
import { siteOriginFrom } from './src/node/site-origin'
import { indexedPaths, NOT_PRECACHED_GLOB, NOT_PRECACHED_PAGE, prerenderedPaths } from './src/router/prerendered-paths'
import { SHARE_IMAGE_DIR } from './src/shared/share-images'

/** The path the app is served under, e.g. BASE_PATH=/reform-plan/ for https://example.org/reform-plan/. */
const base = normalizeBase(process.env.BASE_PATH ?? '/')

function normalizeBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/** Where the site is published (SITE_URL): page heads, the sitemap and robots.txt name pages by absolute URL. */
const site = siteOriginFrom(process.env.SITE_URL)
// Once per build: vite-ssg reads this file for each of its builds.
if (site.warning && !process.env.VITEST && !process.env.SITE_URL_WARNED) {
  console.warn(`\n${site.warning}\n`)
  process.env.SITE_URL_WARNED = '1'
}
const absoluteUrl = (path: string) => absolutePageUrl(site.origin, base, path)

// OUT_DIR lets the benchmark build beside dist/ without disturbing it.
const outDir = process.env.OUT_DIR ?? 'dist'

/**
 * PLAN_DATA_DIR builds the app from another copy of the plan's data files: the browser tests build one with
 * fixture results (scripts/build-results-fixture.mjs), since the source has none. Unset, src/data/plan.
 */
const planDataDir = process.env.PLAN_DATA_DIR ? resolvePath(process.env.PLAN_DATA_DIR) : undefined
const planData = planDataPlugin(planDataDir)

/** Each prerendered page's entry and modules (scripts/check-budgets.mjs measures a first visit from it). */
const pageModules: Record<string, Omit<AppStartedAfterLoad, 'html'>> = {}

/** Which version of the plan data this build carries (shown in About): a digest of the data files. */
const dataVersion = createHash('sha256')
  .update(Object.entries(readPlanFiles(planDataDir)).sort().map(([name, text]) => `${name}\n${text}`).join('\n'))
  .digest('hex')
  .slice(0, 10)

export default defineConfig({
  base,
  define: {
    __DATA_VERSION__: JSON.stringify(dataVersion),
    __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)),
    __SITE_ORIGIN__: JSON.stringify(site.origin),
    // Every component is <script setup>: Vue's Options API support is left out of the bundle.
    __VUE_OPTIONS_API__: 'false',
    // vue-i18n's devtools hooks stay out of the bundle (left undefined, they are kept and checked at run time).
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // A mismatch still logs "Hydration completed but contains mismatches." (the browser tests fail on it);
    // the details that name the node stay out of what every phone downloads.
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // The prerender reads the plan through src/data/plan.ts: from the same copy as the parts (above).
      ...(planDataDir ? [{ find: /^\.\/plan\/([\w-]+\.json)$/, replacement: `${planDataDir}/$1` }] : []),
    ],
  },
  plugins: [
    // Unit tests check the data themselves, with messages per test; the plugin guards dev and build.
    process.env.VITEST ? null : planData,
    securityHeadersPlugin(base),
    accessibilityPagePlugin(META_CONTENT_SECURITY_POLICY, () => ({ origin: site.origin, base, shareImageAlt: planData.api!.getPlan().meta.title.ja })),
    shareImagesPlugin(() => planData.api!.getPlan()),
    vue(),
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./locales/**/*.json', import.meta.url))],
      // Messages are compiled at build time: no compiler and no eval in the browser.
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
      strictMessage: true,
      escapeHtml: true,
    }),
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself, on the client only (src/pwa/service-worker.ts).
      injectRegister: false,
      manifest: {
        name: '厚木市 行政改革 実施計画',
        short_name: '厚木 行革計画',
        lang: 'ja',
        theme_color: '#00118f',
        background_color: '#ffffff',
        display: 'standalone',
        description: '第7次厚木市行政改革大綱 第2期実施計画（令和6〜8年度）を、市民のみなさんが読み、進み具合を確かめるためのアプリです。',
        start_url: base,
        scope: base,
        // Generated from public/app-icon.svg by `npm run icons` (run by `npm run build`).
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'app-icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every page of every language, every chunk (ECharts and each locale included) and the open data:
        // after one visit the whole app works offline, including pages never opened. Print views aside
        // (src/router/prerendered-paths.ts says why): offline they are drawn from the cached 404.html.
        globPatterns: ['**/*.{js,css,html,json,csv,svg,png,ico,webmanifest}'],
        // Share images are for link previews, which fetch them from the network: no reader needs them offline.
        globIgnores: ['.vite/**', NOT_PRECACHED_GLOB, `${SHARE_IMAGE_DIR}/**`],
        // /ja/goals/goal-1 is served from ja/goals/goal-1.html (workbox's clean-URL matching); anything
        // else falls back to 404.html, which the app re-renders for the address in the bar.
        navigateFallback: '404.html',
        // Print views are not precached: from the network while there is one (the prerendered page, which
        // hydrates cleanly), kept once seen, and drawn from 404.html when offline and never seen.
        navigateFallbackDenylist: [NOT_PRECACHED_PAGE],
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) => request.mode === 'navigate' && /\/poster$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'print-views', precacheFallback: { fallbackURL: '404.html' } },
          },
        ],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  ssgOptions: {
    script: 'async',
    formatting: 'none',
    dirStyle: 'flat',
    // The plan validated by the plugin when the build started, so prerendering never reads unchecked data.
    // Each page names its versions in the other languages (src/node/sitemap.ts), and says which path it was rendered
    // for, so the client can tell when a host served it for another URL (404.html for an unknown address) and render
    // afresh instead of hydrating mismatched markup.
    // And the app starts only once the page has loaded (src/node/plugins/app-loader-plugin.ts).
    onPageRendered: (route, html) => {
      const withPath = html.replace('<head>', `<head><meta name="app-prerendered-path" content="${route}">`)
      const { html: page, ...loads } = startAppAfterLoad(withLanguageLinks(withPath, route, absoluteUrl), route)
      pageModules[route] = loads
      return page
    },
    onFinished: () => {
      writeFileSync(join(outDir, PAGE_MODULES_FILE), `${JSON.stringify(pageModules, null, 2)}\n`)
      // Every page search engines are invited to, once, with its language versions; robots.txt names the sitemap.
      const indexed = [...indexedPaths(planData.api!.getPlan()), `/${ACCESSIBILITY_PAGE}`]
      writeFileSync(join(outDir, SITEMAP_FILE), sitemapXml(indexed, absoluteUrl))
      writeFileSync(join(outDir, ROBOTS_FILE), robotsTxt(absoluteUrl(SITEMAP_FILE)))
    },
    includedRoutes: () => prerenderedPaths(planData.api!.getPlan()),
  },
  build: {
    target: 'es2022',
    // No <link rel="modulepreload"> added by script before each lazy import: Vite's helper appends one link
    // per dependency, and on the first page the parts waking up asked for a dozen of them inside the
    // hydration task (≈ 80 ms of a 4×-slowed phone's main thread). The loader preloads the page's own
    // modules in one go instead (src/boot/start-app.js); later pages come from the service worker's cache.
    modulePreload: false,
    // Terser rather than Vite's default (Oxc): the home's first load −1.3 KB gzip, ECharts −2.4 KB, for a few
    // seconds more of build. Three passes; no "unsafe" rewrites (Vue's reactivity relies on property reads having
    // effects). The compile hint each chunk starts with is added after minifying (postBanner below).
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 3 } },
    outDir,
    // .vite/manifest.json: which file each source became; scripts/check-budgets.mjs measures through it.
    manifest: true,
    // One stylesheet for the whole app (≈5 KB gzip) instead of one per page chunk: a page then waits for
    // one render-blocking request, not four or five, and every later page has its styles already.
    cssCodeSplit: false,
    rollupOptions: {
      // Composables and src/lib hold functions only: importing one runs nothing. Said here, the bundler drops an import
      // whose names are used only while prerendering (a page's head description), instead of keeping it for its
      // "side effects" in every phone's first download (the KPI page's wording, 0.65 KB gzip).
      treeshake: { moduleSideEffects: (id: string) => !/\/src\/(composables|lib)\//.test(id) },
      output: {
        codeSplitting: {
          groups: [
            {
              // The app's entry (main.ts, App.vue, the router, the boot helpers, vue-i18n's set-up), the small
              // modules every page uses (the language table, reading the plan's texts, formatting, preferences,
              // furigana, the plan's loader) and the layout every page sits in, with Vue, vue-router, vue-i18n and
              // pinia, which they import: one file rather than a dozen of a few hundred bytes, each a request (1-3 ms
              // of main thread apiece to ask for, four times that on a slow phone), a module's overhead and a list
              // of names imported from the others. The home's first load went from 15 files to 9 and 69.5 to
              // 66.8 KB gzip, its main-thread time after the first paint ≈ 117 → 102 ms (1×, .bench/compile.mjs,
              // median of 5); with the entry inside, 4 files to 3 and −1.2 KB (the entry imported some sixty names
              // from here). The parts of the layout that wake when touched (header, footer) are not in it: their
              // code comes after the page is taken over (src/components/hydration.ts), as does the status bar's.
              // The language chooser (/) carries the layout it does not use.
              name: 'app-core',
              test: /\/src\/(main\.ts|App\.vue|router|boot|i18n|shared|stores|lib\/(format|furigana|fiscal-year|device-storage)|data\/(plan-texts|walk)|pwa\/state|composables\/(useLocale|useHydrated|usePageHead|usePageMeta|usePlan|useFiscalYear)|components\/text|pages\/LocaleLayout)\b|plugin-vue:export-helper/,
            },
          ],
        },
        // V8 compiles what each page runs as it starts off the main thread (src/node/compile-hints.ts).
        postBanner: compileHintFor,
        // No file name starting with "_" (some static hosts, GitHub Pages among them, do not serve those):
        // virtual modules would otherwise become _virtual_plan-texts-en-….js.
        // A package's entry file named "browser" (qrcode's) is named after its package instead, and the
        // pages' and community strings (locales/pages/ja.json, locales/community/ja.json) are not a second and
        // third "ja-….js" beside the app's.
        chunkFileNames: (chunk) => {
          const fromPackage = chunk.facadeModuleId?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]
          let name = chunk.name === 'browser' && fromPackage ? fromPackage.replace('/', '-') : chunk.name
          const stringSet = chunk.facadeModuleId?.match(/\/locales\/(community|pages)\//)?.[1]
          if (stringSet) name = `${stringSet}-${name}`
          return `assets/${name.replace(/^_+(virtual_)?/, '')}-[hash].js`
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
})
