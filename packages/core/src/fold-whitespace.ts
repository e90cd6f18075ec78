import { isWhitespaceCode } from './whitespace.js'

const whitespaceRun = /\s+/g
// Whitespace that folding would change: any but a space, or a space before more whitespace.
const unfolded = /[^\S ]| \s/

/**
 * Fold every run of whitespace to one space and trim the ends: the
 * normalization under which a field's `text` equals the input at its span.
 * Whitespace is JavaScript's `\s` (NBSP and the BOM included). Text that is
 * already folded is returned as it is, without copying.
 *
 * @example
 * foldWhitespace('  standard oil\n   said ')
 * //=> 'standard oil said'
 */
export function foldWhitespace(text: string): string {
  // The common case, text already folded, is one regular-expression scan (far
  // faster than a loop over the characters) and no copy.
  const last = text.length - 1
  if (last >= 0 && !isWhitespaceCode(text.charCodeAt(0)) && !isWhitespaceCode(text.charCodeAt(last)) && !unfolded.test(text)) return text
  let start = 0
  let end = text.length
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--
  let clean = true
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code > 0x20 && code < 0x7f) continue
    if (isWhitespaceCode(code) && (code !== 0x20 || isWhitespaceCode(text.charCodeAt(index + 1)))) {
      clean = false
      break
    }
  }
  if (clean) return start === 0 && end === text.length ? text : text.slice(start, end)
  return text.slice(start, end).replace(whitespaceRun, ' ')
}
