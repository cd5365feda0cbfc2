import { plan } from '@/data/plan'
import type { GlossaryTerm, Initiative } from '@/schema/plan'
import { japaneseTextsOf } from '@/data/walk'


/** The plan's hard terms (found by how the plan writes them), and which of them an initiative uses (its page links to their explanations). */
export function useGlossary() {
  function termsUsedBy(initiative: Initiative): GlossaryTerm[] {
    const texts = japaneseTextsOf(initiative).join('\n')
    return plan.glossary.filter((term) => term.matches.some((match) => texts.includes(match)))
  }
  return { terms: plan.glossary, termsUsedBy }
}
