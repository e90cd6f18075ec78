import type { Profile } from './profile.js'

/** Any other text: layout found from the text alone, no publisher, no zone. */
export const generic: Profile = {
  name: 'generic',
  publisher: null,
  timeZone: null,
  evidence: [],
  publisherLines: [],
  headlineFirstLine: false,
  attributionSpansParagraph: false,
  dateLabels: ['Published', 'Posted', 'Updated', 'Last updated', 'First published', 'Date']
}
