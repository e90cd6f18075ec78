import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, tokenEnd, tokenStart } from '../statements/paragraph-view.js'
import { WordClass } from '../lexicon/word-classes.js'
import { joinsOrganizationName } from './joined-names.js'

/**
 * Find runs of capitalized words in a paragraph: `Vladimir Putin`,
 * `Communist Party of China`, `China's Foreign Ministry`. Lower-case
 * connectors join capitalized words; a trailing connector is dropped.
 * Writes each run's first and last token index, in pairs (`[first, last,
 * first, last, …]`), into `runs` from its start and returns how many
 * numbers it wrote: one array a caller reuses for every paragraph, not an
 * object per run (numbers past the count are left from earlier paragraphs).
 *
 * @example
 * const runs: number[] = []
 * runs.slice(0, capitalizedRuns(view, runs))
 * //=> [0, 3]
 */
export function capitalizedRuns(view: ParagraphView, runs: number[]): number {
  let written = 0
  let token = 0
  const count = view.tokenCount
  while (token < count) {
    if (!isCapitalized(view, token)) {
      token++
      continue
    }
    const first = token
    let last = token
    let next = token + 1
    while (next < count) {
      if (isCapitalized(view, next) && tokenStart(view, next) === tokenEnd(view, next - 1)! + 1) {
        last = next
        next++
      } else if (isCapitalized(view, next) && view.text[tokenEnd(view, next - 1)!] === ' ') {
        last = next
        next++
      } else if (isCapitalized(view, next) && next - 1 > last && tokenStart(view, next) === tokenEnd(view, next - 1)) {
        // The letter after an abbreviation's period: the `S` of `U.S.`.
        last = next
        next++
      } else if (hasClass(view, next, WordClass.connector) && !isCapitalized(view, next) && next + 1 < count && (isCapitalized(view, next + 1) || (hasClass(view, next + 1, WordClass.connector) && isCapitalized(view, next + 2)))) {
        next++
      } else if (joinsOrganizationName(view, next)) {
        next++
      } else if (isMark(view, next, '.') && tokenStart(view, next) === tokenEnd(view, next - 1) && next + 1 < count && isCapitalized(view, next + 1) && tokenEnd(view, next - 1)! - tokenStart(view, next - 1)! <= 2 && !isSentenceEnd(view, next)) {
        // Initials and abbreviations inside a name: `John F. Kennedy`, `Mr. Trump` (not `the U.S. He …`).
        next++
      } else break
    }
    runs[written++] = first
    runs[written++] = last
    token = last + 1
  }
  return written
}
