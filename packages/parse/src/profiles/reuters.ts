import type { Profile } from './profile.js'

/**
 * Reuters, modern web copy: `LONDON (Reuters) - ` datelines, `(Reporting by
 * …; Editing by …)` credits and `1 of 4.` gallery captions.
 */
export const reuters: Profile = {
  name: 'reuters',
  publisher: 'Reuters',
  timeZone: null,
  evidence: [
    { pattern: /^[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.]{1,12}(?: \d{1,2})?)? \(Reuters\) [-–—]/, where: 'head', weight: 6 },
    { pattern: /^\((?:Reporting|Additional reporting|Writing) by [^)]{1,300}\)$/, where: 'tail', weight: 6 }
  ],
  publisherLines: [/^\((?:Reporting|Additional reporting|Writing|Editing)\b[^)]{1,400}\)$/],
  headlineFirstLine: false,
  attributionSpansParagraph: false,
  dateLabels: ['Published', 'Updated']
}

/**
 * Reuters wire copy of 1987 (Reuters-21578): an ALL-CAPS headline, an
 * indented `    CLEVELAND, Feb 26 - ` dateline, paragraphs hard-wrapped at
 * about 65 columns and started by an indent, and a ` Reuter` sign-off.
 */
export const reutersWire1987: Profile = {
  name: 'reuters-1987',
  publisher: 'Reuters',
  timeZone: null,
  evidence: [
    { pattern: /^(?:reuter|reuters|reute)\W{0,3}$/i, where: 'tail', weight: 10 },
    { pattern: /^[A-Z][A-Z.'\- ]{1,40}, [A-Z][a-z]{2,8} \d{1,2} - /, where: 'head', weight: 3 }
  ],
  publisherLines: [/^(?:reuter|reuters|reute)\W{0,3}$/i],
  headlineFirstLine: true,
  attributionSpansParagraph: false,
  dateLabels: []
}
