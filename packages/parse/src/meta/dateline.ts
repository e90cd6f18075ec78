import type { Dateline } from '@newsdoc/core'
import { agencyNames } from '../lexicon/layout-cues.js'

const separators = [' -- ', ' - ', ' — ', ' – ', '—', '--'] as const
const placeWord = /^[A-Z][A-Z.'’/&-]*$/
const titleWord = /^[A-Z][A-Za-z.'’/&-]*$/
const regionWord = /^[A-Z][A-Za-z.'’-]*$/
const dateShape = /^[A-Z][a-z]{2,8}\.? \d{1,2}$/
const trailingDate = / ([A-Z][a-z]{2,8}\.? \d{1,2})$/
const commaSplit = /\s?,\s/g
const agencyShape = /^\(([A-Za-z][A-Za-z .&-]{0,30})\)$/

/** A dateline found at the start of a paragraph, and where the paragraph text resumes. */
export interface DatelineMatch {
  dateline: Dateline
  /** Offset where the paragraph's own text starts. */
  bodyStart: number
}

/** `capitals`: the wire's ALL-CAPS place; `title`: a capitalized place, accepted only with a date or agency after it. */
function placeShape(part: string): 'capitals' | 'title' | null {
  const words = part.split(' ')
  if (words.length > 5) return null
  if (words.every((word) => placeWord.test(word)) && /[A-Z]{2}/.test(part)) return 'capitals'
  if (words.length <= 3 && words.every((word) => titleWord.test(word))) return 'title'
  return null
}

function isRegion(part: string): boolean {
  const words = part.split(' ')
  return words.length <= 3 && words.every((word) => regionWord.test(word))
}

/**
 * Find a wire dateline at `start` in `text`: `CLEVELAND, Feb 26 - `,
 * `LONDON (Reuters) - `, `BEIJING, Dec. 3 (Xinhua) -- `, `VATICAN CITY—`,
 * `(CNN) -- `. The place must be written in capitals, as wire style has it;
 * `bodyStart` is where the paragraph's own text resumes on that line.
 *
 * @example
 * matchDateline('    CLEVELAND, Feb 26 - Standard Oil Co said', 4)?.dateline.place
 * //=> 'CLEVELAND'
 */
export function matchDateline(text: string, start: number, limit = 120): DatelineMatch | null {
  let lineEnd = text.indexOf('\n', start)
  if (lineEnd === -1 || lineEnd > start + limit) lineEnd = Math.min(text.length, start + limit)
  const carriage = text.indexOf('\r', start)
  if (carriage !== -1 && carriage < lineEnd) lineEnd = carriage
  // A trailing space lets a dateline that ends its line (`CANTON, Mass., March 2 -`) match too.
  const head = `${text.slice(start, lineEnd)} `
  let cut = -1
  let separator = ''
  for (const candidate of separators) {
    const index = head.indexOf(candidate)
    if (index > 0 && (cut === -1 || index < cut)) {
      cut = index
      separator = candidate
    }
  }
  if (cut === -1) return null
  const prefix = head.slice(0, cut).trimEnd()
  if (prefix.length === 0) return null
  let rest = prefix
  let agency: string | null = null
  const agencyStart = rest.lastIndexOf('(')
  const bracket = agencyStart === -1 ? null : agencyShape.exec(rest.slice(agencyStart))
  if (bracket) {
    const key = bracket[1]!.trim().toLowerCase()
    agency = agencyNames.get(key) ?? bracket[1]!.trim()
    rest = rest.slice(0, agencyStart).trimEnd()
  }
  let place: string | null = null
  let date: string | null = null
  let shape: ReturnType<typeof placeShape> = null
  if (rest.length > 0) {
    let placeEnd = -1
    let partStart = 0
    for (const comma of [...rest.matchAll(commaSplit), null]) {
      const partEnd = comma === null ? rest.length : comma.index
      const part = rest.slice(partStart, partEnd)
      if (partStart === 0) {
        shape = placeShape(part)
        const dated = shape === null ? trailingDate.exec(part) : null
        if (dated) {
          // `JOHANNESBURG March 13 -`: the date follows the place without a comma.
          shape = placeShape(part.slice(0, dated.index))
          date = dated[1]!
          placeEnd = dated.index
        } else placeEnd = partEnd
        if (shape === null) return null
      } else if (date === null && dateShape.test(part)) date = part
      else if (date === null && isRegion(part)) placeEnd = partEnd
      else {
        // `MINNETONKA, Minn. March 16 -`: a region and the date without a comma.
        const dated: RegExpExecArray | null = date === null ? trailingDate.exec(part) : null
        if (!dated || !isRegion(part.slice(0, dated.index))) return null
        date = dated[1]!
        placeEnd = partStart + dated.index
      }
      if (comma !== null) partStart = comma.index + comma[0].length
    }
    if (shape === 'title' && date === null && agency === null) return null
    place = rest.slice(0, placeEnd)
  } else if (agency === null) return null
  const trimmedSeparator = separator.trim()
  const end = start + cut + separator.indexOf(trimmedSeparator) + trimmedSeparator.length
  let bodyStart = Math.min(start + cut + separator.length, lineEnd)
  while (bodyStart < lineEnd && (text[bodyStart] === ' ' || text[bodyStart] === '\t')) bodyStart++
  const span = { start, end }
  return { dateline: { text: text.slice(start, end), place, date, agency, span }, bodyStart }
}
