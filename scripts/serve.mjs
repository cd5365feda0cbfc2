#!/usr/bin/env node
/**
 * Serves the production build (dist/) on localhost the way a static host
 * does: /ja/goals/goal-1 is ja/goals/goal-1.html, and an unknown URL gets
 * 404.html with status 404.
 *
 *   PORT=4173 BASE_PATH=/ node scripts/serve.mjs [dist]
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'

/**
 * As docs/SECURITY.md asks of hosts: hashed files are kept for a year; pages, the service worker, the
 * manifest and the open data are revalidated so a deploy reaches readers; icons are kept for a week
 * (the browser fetches its tab icon itself, outside the service worker, even offline).
 */
export function cacheControlFor(pathname) {
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable'
  if (/\.(png|ico|svg)$/.test(pathname)) return 'public, max-age=604800'
  return 'no-cache'
}

export function createStaticServer({ dir = 'dist', base = '/' } = {}) {
  const root = resolve(dir)
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No build in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds and serves).`)
  }
  const assets = sirv(root, {
    extensions: ['html'],
    dev: false,
    etag: true,
    dotfiles: false,
    // Serves file.br / file.gz where they exist (the benchmark writes them, as a real host compresses).
    brotli: true,
    gzip: true,
    setHeaders: (response, pathname) => response.setHeader('Cache-Control', cacheControlFor(pathname)),
  })
  const notFoundPage = join(root, '404.html')
  return createServer((request, response) => {
    const url = request.url ?? '/'
    if (!url.startsWith(base) && `${url}/` !== base) {
      response.writeHead(302, { location: base }).end()
      return
    }
    request.url = `/${url.slice(base.length)}`.replace(/^\/+/, '/')
    assets(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found')
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173)
  const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/'
  try {
    const server = createStaticServer({ dir: process.argv[2] ?? 'dist', base })
    server.listen(port, '127.0.0.1', () => {
      console.log(`Serving the production build at http://localhost:${port}${base}  (Ctrl+C to stop)`)
    })
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
