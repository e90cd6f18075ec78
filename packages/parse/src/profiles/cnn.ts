import type { Profile } from './profile.js'

/**
 * CNN/Daily Mail story files: body paragraphs, then `@highlight` lines, each
 * followed by one highlight; an optional `(CNN) -- ` dateline.
 */
export const cnn: Profile = {
  name: 'cnn',
  publisher: 'CNN',
  timeZone: null,
  evidence: [
    { pattern: /^@highlight$/, where: 'any', weight: 8 },
    { pattern: /^(?:[A-Z][A-Z.'\- ]{1,40} )?\(CNN\) ?[-–—]/, where: 'head', weight: 6 }
  ],
  publisherLines: [],
  headlineFirstLine: false,
  attributionSpansParagraph: false,
  dateLabels: ['Updated', 'Published']
}
