import { namePrefixes } from '../lexicon/layout-cues.js'

const byPrefix = /^By:? /i
const nameSplit = /,|&|\band\b/

/**
 * Read a byline line: `By Jane Doe and John Roe` → the author names, or
 * null when the line is not a byline (`By the end of the year, …`).
 *
 * @example
 * readByline('By Jane Doe, John Roe and Ann Poe')
 * //=> ['Jane Doe', 'John Roe', 'Ann Poe']
 */
export function readByline(line: string): string[] | null {
  if (line.length > 120 || !byPrefix.test(line)) return null
  if (/[.;:!?]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return null
  const rest = line.replace(byPrefix, '')
  const authors: string[] = []
  for (const part of rest.split(nameSplit)) {
    const name = part.trim()
    if (name.length === 0) continue
    const words = name.split(' ').filter((word) => word.length > 0)
    if (words.length > 5) return null
    const capitalized = words.every((word) => /^[A-Z\u00C0-\u024F]/.test(word) || namePrefixes.has(word.toLowerCase()))
    if (!capitalized) return null
    authors.push(name)
  }
  return authors.length > 0 ? authors : null
}
