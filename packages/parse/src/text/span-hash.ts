/**
 * A hash of the word `text.slice(start, end)` from its length and its first
 * and last two characters: four reads whatever the word's length. Weak on
 * purpose; tables keyed by it compare the characters on a match.
 *
 * @example
 * spanHash('he said', 3, 7) === spanHash('said', 0, 4)
 * //=> true
 */
export function spanHash(text: string, start: number, end: number): number {
  const length = end - start
  const head = (text.charCodeAt(start) << 16) ^ text.charCodeAt(start + (length > 1 ? 1 : 0))
  const tail = (text.charCodeAt(end - 1) << 16) ^ text.charCodeAt(end - (length > 1 ? 2 : 1))
  const mixed = Math.imul(head, 0x85ebca6b) ^ Math.imul(tail, 0xc2b2ae35) ^ Math.imul(length, 0x9e3779b1)
  return mixed ^ (mixed >>> 15)
}

/**
 * Whether `word` equals `text.slice(start, end)`, without slicing.
 *
 * @example
 * sameSpan('said', 'he said', 3, 7)
 * //=> true
 */
export function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  return true
}
