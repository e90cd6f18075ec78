import type { Profile } from './profile.js'

/**
 * BBC News web text: headline, blank line, paragraphs separated by blank
 * lines; no date or byline. Chosen by a `BBC News` source line, or by
 * `options.profile`.
 */
export const bbc: Profile = {
  name: 'bbc',
  publisher: 'BBC News',
  timeZone: 'Europe/London',
  evidence: [{ pattern: /^(?:BBC News|© BBC(?: MMXX?[IVX]{0,4}| \d{4})?)$/, where: 'tail', weight: 8 }],
  publisherLines: [/^(?:BBC News|© BBC(?: MMXX?[IVX]{0,4}| \d{4})?)$/],
  headlineFirstLine: true,
  attributionSpansParagraph: false,
  dateLabels: ['Published', 'Last updated', 'Updated']
}
