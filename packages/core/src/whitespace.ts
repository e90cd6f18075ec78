/**
 * Whether a UTF-16 code unit is whitespace in the sense of JavaScript's
 * `\s`: ASCII blanks, NBSP, the BOM, and the Unicode space and line
 * separators.
 *
 * @example
 * isWhitespaceCode(0xa0)
 * //=> true
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
