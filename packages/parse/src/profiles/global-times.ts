import type { Profile } from './profile.js'

/**
 * Global Times (globaltimes.cn): headline, `Published: Sep 21, 2023 01:53
 * AM` in Beijing time, photo captions ending in `Photo:` with the credit
 * after it, and a closing `Global Times` line.
 */
export const globalTimes: Profile = {
  name: 'global-times',
  publisher: 'Global Times',
  timeZone: 'Asia/Shanghai',
  evidence: [
    { pattern: /^Global Times$/, where: 'tail', weight: 10 },
    { pattern: /^Published: [A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M$/, where: 'head', weight: 4 },
    { pattern: /\bGlobal Times\b/, where: 'any', weight: 1 }
  ],
  publisherLines: [/^Global Times$/],
  headlineFirstLine: true,
  attributionSpansParagraph: true,
  dateLabels: ['Published', 'Updated']
}
