import { isWhitespaceCode as isWhitespace } from '@newsdoc/core/helpers'

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
  // Line ends are found with `indexOf`, which the engine runs far faster than
  // a loop over every character; only the blanks at each line's edges are read.
  const breaks = lineBreaks(text)
  let count = 1
  for (let at = breaks.next(0); at !== -1; at = breaks.next(at + breakLength(text, at))) count++
  const start = new Uint32Array(count)
  const end = new Uint32Array(count)
  const contentStart = new Uint32Array(count)
  const contentEnd = new Uint32Array(count)
  const again = lineBreaks(text)
  let lineStart = 0
  for (let line = 0; line < count; line++) {
    const last = line === count - 1
    const lineEnd = last ? text.length : again.next(lineStart)
    let first = lineStart
    while (first < lineEnd && isWhitespace(text.charCodeAt(first))) first++
    let visibleEnd = lineEnd
    while (visibleEnd > first && isWhitespace(text.charCodeAt(visibleEnd - 1))) visibleEnd--
    start[line] = lineStart
    end[line] = lineEnd
    contentStart[line] = first
    contentEnd[line] = visibleEnd
    if (!last) lineStart = lineEnd + breakLength(text, lineEnd)
  }
  return { count, start, end, contentStart, contentEnd }
}

/**
 * A forward-only finder of line breaks (`\n`, `\r\n` or a lone `\r`): each
 * kind of break is searched for once per occurrence, so a walk over the
 * whole text stays linear.
 */
function lineBreaks(text: string): { next: (from: number) => number } {
  let feed = -2
  let carriage = -2
  return {
    next(from: number): number {
      if (feed !== -1 && feed < from) feed = text.indexOf('\n', from)
      if (carriage !== -1 && carriage < from) carriage = text.indexOf('\r', from)
      if (carriage === -1) return feed
      return feed === -1 || carriage < feed ? carriage : feed
    }
  }
}

function breakLength(text: string, at: number): number {
  return text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1
}
