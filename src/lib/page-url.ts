/**
 * The full address of a page of the app, for QR codes and printed notices:
 * the origin the app is served from, its base path (BASE_PATH at build time,
 * e.g. /reform-plan/) and the route path (/ja/initiatives/goal-1-m1-a).
 */
export function absolutePageUrl(origin: string, base: string, routePath: string): string {
  const basePath = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  return new URL(`${basePath}${routePath.replace(/^\/+/, '')}`, origin).href
}
