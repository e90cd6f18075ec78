/** An ASCII capital's lower-case letter; any other code unit as it is. */
function foldAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code
}

/**
 * A hash of the word `text.slice(start, end)` from its length and its first
 * and last two characters, ASCII capitals folded to lower case: four reads
 * whatever the word's length. Weak on purpose; tables keyed by it compare
 * the characters on a match.
 *
 * @example
 * spanHash('He Said', 3, 7) === spanHash('said', 0, 4)
 * //=> true
 */
export function spanHash(text: string, start: number, end: number): number {
  const length = end - start
  const head = (foldAscii(text.charCodeAt(start)) << 16) ^ foldAscii(text.charCodeAt(start + (length > 1 ? 1 : 0)))
  const tail = (foldAscii(text.charCodeAt(end - 1)) << 16) ^ foldAscii(text.charCodeAt(end - (length > 1 ? 2 : 1)))
  const mixed = Math.imul(head, 0x85ebca6b) ^ Math.imul(tail, 0xc2b2ae35) ^ Math.imul(length, 0x9e3779b1)
  return mixed ^ (mixed >>> 15)
}

/**
 * Whether the lower-case `word` equals `text.slice(start, end)` with its
 * ASCII capitals folded to lower case, without slicing.
 *
 * @example
 * sameSpan('said', 'He Said', 3, 7)
 * //=> true
 */
export function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== foldAscii(text.charCodeAt(start + index))) return false
  return true
}
