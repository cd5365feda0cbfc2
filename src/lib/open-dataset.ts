/**
 * The open data as schema.org describes a dataset (https://schema.org/Dataset), for search engines'
 * dataset search: the About page carries it as JSON-LD (a data block, never run). Pure: the page passes
 * its texts in its own language and the absolute URLs.
 */
export interface OpenDatasetInput {
  name: string
  description: string
  /** The page's language (BCP 47): the dataset's names and descriptions are in it; the data carries all three. */
  inLanguage: string
  /** The page that presents the data (About). */
  url: string
  /** The plan's author and publisher: the city's division, as the source names it. */
  publisher: { name: string; url: string }
  /** The source document the data is read from. */
  basedOn: string
  startFiscalYear: number
  endFiscalYear: number
  files: { planJson: { url: string; name: string }; kpisCsv: { url: string; name: string } }
  /** The data's digest (About shows it too) and the build's date. */
  version: string
  dateModified: string
}

/**
 * The licence the city states for the plan's text: the source states none, so "unknown" (docs/SEO.md), until the
 * city says otherwise. Written here, not guessed per page.
 */
export const PLAN_LICENSE = 'unknown'

export function openDataset(input: OpenDatasetInput) {
  const city = { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url }
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    url: input.url,
    publisher: city,
    isBasedOn: { '@type': 'CreativeWork', name: input.basedOn, publisher: city },
    license: PLAN_LICENSE,
    isAccessibleForFree: true,
    // Fiscal years run April to March: FY2024–FY2026 is 1 April 2024 to 31 March 2027.
    temporalCoverage: `${input.startFiscalYear}-04-01/${input.endFiscalYear + 1}-03-31`,
    spatialCoverage: { '@type': 'Place', name: 'Atsugi, Kanagawa, Japan' },
    version: input.version,
    dateModified: input.dateModified,
    distribution: [
      { '@type': 'DataDownload', name: input.files.planJson.name, encodingFormat: 'application/json', contentUrl: input.files.planJson.url },
      { '@type': 'DataDownload', name: input.files.kpisCsv.name, encodingFormat: 'text/csv', contentUrl: input.files.kpisCsv.url },
    ],
  }
}
