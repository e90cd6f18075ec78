import type { Profile } from './profile.js'

/** The Associated Press: `WASHINGTON (AP) — ` datelines and `(AP Photo/…)` credits. */
export const associatedPress: Profile = {
  name: 'ap',
  publisher: 'The Associated Press',
  timeZone: null,
  evidence: [
    { pattern: /^[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.]{1,12}(?: \d{1,2})?)? \(AP\) [-–—]/, where: 'head', weight: 6 },
    { pattern: /^(?:Copyright )?© ?\d{4} The Associated Press\b/, where: 'tail', weight: 6 }
  ],
  publisherLines: [/^(?:Copyright )?© ?\d{4} The Associated Press\b/],
  headlineFirstLine: false,
  attributionSpansParagraph: false,
  dateLabels: ['Published', 'Updated']
}
