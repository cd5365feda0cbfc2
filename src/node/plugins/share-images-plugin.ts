/**
 * Draws the images a shared link previews with (src/shared/share-images.ts): for each language, one per
 * focus goal (its number and title) and one of the app (the plan's name), each with the app's name, all
 * in that language. Client build only; the pictures come from src/node/share-image.ts.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import type { Plan } from '../../schema/plan'
import { LANGUAGES, type LanguageRow } from '../../shared/languages'
import { shareImagePath } from '../../shared/share-images'
import { drawShareImage, type ShareCard } from '../share-image'

/** The UI strings the images print, as the app prints them (locales/<language>.json). */
function uiStrings(language: LanguageRow): { goalLabel: (number: number) => string; appName: string } {
  const file = `locales/${language.messages}.json`
  const messages = JSON.parse(readFileSync(file, 'utf8')) as { app?: { name?: unknown }; goal?: { label?: unknown } }
  const { name } = messages.app ?? {}
  const { label } = messages.goal ?? {}
  if (typeof name !== 'string' || typeof label !== 'string' || !label.includes('{number}')) {
    throw new Error(`${file}: expected app.name and goal.label (with {number}) as strings, for the share images`)
  }
  return { goalLabel: (number) => label.replace('{number}', String(number)), appName: name }
}

/** Every image of the build: its file and what it shows. */
export function shareCards(plan: Plan): { fileName: string; card: ShareCard }[] {
  return LANGUAGES.flatMap((language) => {
    const strings = uiStrings(language)
    const lang = language.htmlLang
    return [
      { fileName: shareImagePath(undefined, language.code), card: { lang, kicker: '', title: plan.meta.title[language.content], footer: strings.appName } },
      ...plan.goals.map((goal) => ({
        fileName: shareImagePath(goal.id, language.code),
        card: { lang, kicker: strings.goalLabel(goal.number), title: goal.title[language.content], footer: strings.appName },
      })),
    ]
  })
}

export function shareImagesPlugin(getPlan: () => Plan): Plugin {
  let isSsrBuild = false
  return {
    name: 'atsugi:share-images',
    apply: 'build',
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr)
    },
    async generateBundle() {
      if (isSsrBuild) return
      for (const { fileName, card } of shareCards(getPlan())) {
        this.emitFile({ type: 'asset', fileName, source: await drawShareImage(card) })
      }
    },
  }
}
