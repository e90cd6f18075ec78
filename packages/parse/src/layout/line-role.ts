import { boilerplateLines, dateLabels } from '../lexicon/layout-cues.js'
import { months, weekdays } from '../lexicon/months.js'
import type { CaptionParts } from '../meta/caption.js'
import { readCaption } from '../meta/caption.js'
import { readByline } from '../meta/byline.js'
import type { LocalDate } from '../meta/date-stamp.js'
import { readLocalDate } from '../meta/date-stamp.js'
import type { Profile } from '../profiles/index.js'

/** What one line is, when a line alone can say. */
export type LineRole =
  | { role: 'date'; kind: 'published' | 'updated' | 'date'; date: LocalDate; textOffset: number }
  | { role: 'byline'; authors: string[] }
  | { role: 'caption'; caption: CaptionParts }
  | { role: 'publisher' }
  | { role: 'copyright' }
  | { role: 'boilerplate' }
  | { role: 'highlight-marker' }

const label = /^([A-Za-z][A-Za-z ]{1,20}?)(?: on)?(?::| -| \|)? ?(?=[\dA-Z])/
const firstWord = /^([A-Za-z]{3,9})\b/
const copyright = /^(?:©|\(c\)|copyright\b)/i
// Lower-casing can only lengthen text: a longer line is no page furniture.
const longestBoilerplate = Math.max(...[...boilerplateLines].map((line) => line.length))

// A label can only be a date label when the line opens with one's first word (`Published`, `Last`), in any case.
const dateLabelStart = new RegExp(`^(?:${[...new Set([...dateLabels.keys()].map((key) => key.split(' ')[0]!))].join('|')})`, 'i')

function startsLikeDate(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code >= 0x30 && code <= 0x39) return true
  const word = firstWord.exec(text)
  if (!word) return false
  const lower = word[1]!.toLowerCase()
  return months.has(lower) || weekdays.has(lower)
}

/** Where in the document a line stands, for roles that only hold at the edges. */
export interface LinePlace {
  /** Among the last few non-blank lines. */
  nearEnd: boolean
  /** Among the first few non-blank lines. */
  nearStart: boolean
}

/**
 * Say what a single line is — a date line, a byline, a caption, a
 * publisher or copyright line, page furniture, a `@highlight` marker — or
 * null when it is ordinary text. `text` is the line without its edge
 * whitespace.
 *
 * @example
 * lineRole('Published: Sep 21, 2023 01:53 AM', globalTimes, { nearStart: true, nearEnd: false })?.role
 * //=> 'date'
 */
export function lineRole(text: string, profile: Profile, place: LinePlace): LineRole | null {
  if (text.length === 0) return null
  if (text === '@highlight') return { role: 'highlight-marker' }
  if (place.nearEnd && profile.publisherLines.some((pattern) => pattern.test(text))) return { role: 'publisher' }
  if (text.length <= 100) {
    // Most lines open with no date label's first word: tell before the regex builds a match.
    const labelled = dateLabelStart.test(text) ? label.exec(text) : null
    if (labelled) {
      const kind = dateLabels.get(labelled[1]!.toLowerCase())
      if (kind) {
        const date = readLocalDate(text.slice(labelled[0].length))
        if (date) return { role: 'date', kind, date, textOffset: labelled[0].length }
      }
    }
    if (startsLikeDate(text)) {
      const date = readLocalDate(text)
      if (date) return { role: 'date', kind: 'date', date, textOffset: 0 }
    }
    if (copyright.test(text)) return { role: 'copyright' }
    if (text.length <= longestBoilerplate && boilerplateLines.has(text.toLowerCase())) return { role: 'boilerplate' }
    const authors = readByline(text)
    if (authors) return { role: 'byline', authors }
  }
  const caption = readCaption(text)
  if (caption) return { role: 'caption', caption }
  return null
}
