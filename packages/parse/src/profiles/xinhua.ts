import type { Profile } from './profile.js'

/** Xinhua: `BEIJING, Dec. 3 (Xinhua) -- ` datelines; dates in Beijing time. */
export const xinhua: Profile = {
  name: 'xinhua',
  publisher: 'Xinhua',
  timeZone: 'Asia/Shanghai',
  evidence: [
    { pattern: /^[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.]{1,12}(?: \d{1,2})?)? \(Xinhua\) [-–—]/, where: 'head', weight: 6 },
    { pattern: /^(?:Source|Editor): Xinhua$/, where: 'tail', weight: 4 }
  ],
  publisherLines: [/^(?:Source|Editor): Xinhua$/],
  headlineFirstLine: false,
  attributionSpansParagraph: true,
  dateLabels: ['Published', 'Updated', 'Source']
}
