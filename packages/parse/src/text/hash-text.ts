/**
 * A stable 64-bit hash of `text`'s UTF-16 code units (two 32-bit
 * multiply-xorshift lanes, cyrb-style), as 16 hex digits: the same text
 * always gives the same id, on every platform.
 *
 * @example
 * hashText('Global Times').length
 * //=> 16
 */
export function hashText(text: string): string {
  let first = 0xdeadbeef
  let second = 0x41c6ce57
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 2654435761)
    second = Math.imul(second ^ code, 1597334677)
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909)
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909)
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0')
}
