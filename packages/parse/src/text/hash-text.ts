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
  // Every value stays a signed 32-bit integer (`| 0`), so the optimized loop
  // never meets a double and is never thrown back to the interpreter.
  let first = 0xdeadbeef | 0
  let second = 0x41c6ce57 | 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 2654435761)
    second = Math.imul(second ^ code, 1597334677)
  }
  first = (Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909)) | 0
  second = (Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909)) | 0
  return hex16(first >>> 16) + hex16(first & 0xffff) + hex16(second >>> 16) + hex16(second & 0xffff)
}

// Four hex digits of a 16-bit value: written in halves so no value ever
// leaves the small-integer range (`x >>> 0` above 2^31 deoptimized the loop).
function hex16(value: number): string {
  return value.toString(16).padStart(4, '0')
}
