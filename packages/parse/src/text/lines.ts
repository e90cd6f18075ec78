import { isWhitespaceCode as isWhitespace } from '@newsdoc/core'

/**
 * The input cut into lines, in typed arrays so one pass serves every later
 * stage. Offsets are UTF-16 offsets into the input; a line's `end` excludes
 * its terminator (`\n`, `\r\n` or a lone `\r`).
 */
export interface Lines {
  readonly count: number
  /** Offset of the line's first character. */
  readonly start: Uint32Array
  /** Offset after the line's last character, terminator excluded. */
  readonly end: Uint32Array
  /** Offset of the first non-blank character (`== end` on a blank line). */
  readonly contentStart: Uint32Array
  /** Offset after the last non-blank character. */
  readonly contentEnd: Uint32Array
}

/** Whether line `index` holds no visible character. */
export function isBlankLine(lines: Lines, index: number): boolean {
  return lines.contentStart[index] === lines.contentEnd[index]
}

/** How many characters of leading whitespace line `index` has. */
export function indentOf(lines: Lines, index: number): number {
  return lines.contentStart[index]! - lines.start[index]!
}

/**
 * Split `text` into lines in one linear scan, recording where each line's
 * visible content starts and ends.
 *
 * @example
 * splitLines('a\r\n  b').contentStart
 * //=> Uint32Array [0, 5]
 */
export function splitLines(text: string): Lines {
  let count = 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) count++
    else if (code === 0x0d) {
      count++
      if (text.charCodeAt(index + 1) === 0x0a) index++
    }
  }
  const start = new Uint32Array(count)
  const end = new Uint32Array(count)
  const contentStart = new Uint32Array(count)
  const contentEnd = new Uint32Array(count)
  let line = 0
  let lineStart = 0
  let firstVisible = -1
  let lastVisible = -1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Printable ASCII first: the common case needs one comparison pair.
    if (code > 0x20 && code < 0x7f) {
      if (firstVisible === -1) firstVisible = index
      lastVisible = index
    } else if (code === 0x0a || code === 0x0d) {
      start[line] = lineStart
      end[line] = index
      contentStart[line] = firstVisible === -1 ? index : firstVisible
      contentEnd[line] = firstVisible === -1 ? index : lastVisible + 1
      line++
      firstVisible = -1
      lastVisible = -1
      if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++
      lineStart = index + 1
    } else if (!isWhitespace(code)) {
      if (firstVisible === -1) firstVisible = index
      lastVisible = index
    }
  }
  start[line] = lineStart
  end[line] = text.length
  contentStart[line] = firstVisible === -1 ? text.length : firstVisible
  contentEnd[line] = firstVisible === -1 ? text.length : lastVisible + 1
  return { count, start, end, contentStart, contentEnd }
}
