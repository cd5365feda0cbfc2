/**
 * The images a shared link previews with (og:image): one per focus goal and language, with the goal's
 * title in that language, and one of the app per language for every other page. Drawn at build time
 * (src/node/plugins/share-images-plugin.ts); the page heads name them (src/composables/usePageMeta.ts).
 * Not precached: only link previews fetch them, never a page.
 */
import type { Locale } from './languages'

export const SHARE_IMAGE_DIR = 'share'
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** The image of a goal, or of the app when no goal is named: share/goal-1.en.png, share/app.ja-easy.png. */
export function shareImagePath(goalId: string | undefined, locale: Locale): string {
  return `${SHARE_IMAGE_DIR}/${goalId ?? 'app'}.${locale}.png`
}
