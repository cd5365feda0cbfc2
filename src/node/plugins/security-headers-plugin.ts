/**
 * The app's security policy, in one place: the build puts the Content-Security-Policy in every page
 * (a meta tag), writes `_headers` for static hosts that read one, and docs/SECURITY.md shows the same
 * headers for nginx. A test keeps the docs equal to what is here.
 */
import type { Plugin } from 'vite'
import { BOOT_SCRIPT_CSP_SOURCE } from './app-loader-plugin'

/**
 * Only the app's own origin, no eval, and no inline script but one: the loader that starts the app
 * after the page has loaded (src/boot/start-app.js), allowed by its hash alone.
 * - style-src allows inline styles: Vue renders bound styles as style attributes and ECharts draws its
 *   SVG with them. A style cannot run script; injecting one would need an HTML injection first.
 * - img-src has no data: or blob: (nothing of ours needs them), connect-src only our own files
 *   (the service worker fetches every page of the app for offline use).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': `'self' ${BOOT_SCRIPT_CSP_SOURCE}`,
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
}

/** Directives that browsers ignore (with a console error) in a meta tag: headers only. */
export const HEADER_ONLY_CSP_DIRECTIVES: Record<string, string> = {
  'frame-ancestors': "'none'",
}

const serialize = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

/** The policy as the pages carry it. */
export const META_CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES)

/** The headers a host should send with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY_CSP_DIRECTIVES }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

/** `_headers` (Netlify, Cloudflare Pages and others): the security headers for every path. */
export function staticHostHeadersFile(base: string): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
  return `${base}*\n${lines.join('\n')}\n`
}

/** Puts the policy first in every page's head, and writes `_headers` beside the pages. */
export function securityHeadersPlugin(base: string): Plugin {
  let isSsrBuild = false
  return {
    name: 'atsugi:security-headers',
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr)
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
    generateBundle() {
      if (isSsrBuild) return
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile(base) })
    },
  }
}
