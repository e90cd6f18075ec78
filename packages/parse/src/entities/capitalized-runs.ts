import type { ParagraphView } from '../statements/paragraph-view.js'
import { isCapitalized, isMark } from '../statements/paragraph-view.js'

/** A run of capitalized words, `[first, last]` token indices; connectors (`of the`) may sit inside. */
export interface Run {
  first: number
  last: number
}

const connectors = new Set(['of', 'the', 'for', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'del'])

/** Capitalized words that open sentences without being names. */
export const capitalizedStopwords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'as', 'for', 'with', 'from', 'after', 'before', 'since', 'while', 'when', 'if', 'both', 'according', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'so', 'yet', 'also', 'however', 'meanwhile', 'still', 'then', 'now', 'today', 'yesterday', 'last', 'next', 'some', 'many', 'most', 'all', 'one', 'two', 'no', 'not', 'by', 'to', 'of', 'asked', 'during', 'despite', 'under', 'over', 'among', 'about', 'more', 'other', 'such', 'each', 'every', 'any', 'few', 'mr.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'
])

/**
 * Find runs of capitalized words in a paragraph: `Vladimir Putin`,
 * `Communist Party of China`, `China's Foreign Ministry`. Lower-case
 * connectors join capitalized words; a trailing connector is dropped.
 *
 * @example
 * capitalizedRuns(view).map((run) => [run.first, run.last])
 */
export function capitalizedRuns(view: ParagraphView): Run[] {
  const runs: Run[] = []
  let token = 0
  const count = view.tokens.count
  while (token < count) {
    if (!isCapitalized(view, token)) {
      token++
      continue
    }
    const first = token
    let last = token
    let next = token + 1
    while (next < count) {
      if (isCapitalized(view, next) && view.tokens.start[next] === view.tokens.end[next - 1]! + 1) {
        last = next
        next++
      } else if (isCapitalized(view, next) && view.text[view.tokens.end[next - 1]!] === ' ') {
        last = next
        next++
      } else if (connectors.has(view.lower[next]!) && !isCapitalized(view, next) && next + 1 < count && (isCapitalized(view, next + 1) || (connectors.has(view.lower[next + 1]!) && isCapitalized(view, next + 2)))) {
        next++
      } else if (isMark(view, next, '.') && view.tokens.start[next] === view.tokens.end[next - 1] && next + 1 < count && isCapitalized(view, next + 1) && view.tokens.end[next - 1]! - view.tokens.start[next - 1]! <= 2) {
        // Initials and abbreviations inside a name: `John F. Kennedy`, `Mr. Trump`.
        next++
      } else break
    }
    runs.push({ first, last })
    token = last + 1
  }
  return runs
}
