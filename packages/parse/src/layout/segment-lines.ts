import type { Lines } from '../text/lines.js'
import { indentOf, isBlankLine } from '../text/lines.js'

/** A run of lines that forms one block, before it is classified. */
export interface Segment {
  /** Index of the first line. */
  first: number
  /** Index of the last line, inclusive. */
  last: number
  /** `table` for column tables, `list` for bullet lists, else `lines`. */
  shape: 'lines' | 'table' | 'list'
}

/** What the segmenter needs to know about single lines, asked once per line. */
export interface LineFacts {
  /** Whether the line is one of its own (date line, byline, caption, …). */
  standsAlone: (line: number) => boolean
  /** Whether line `line` (the document's first) is a headline that may sit on top of text without a blank line. */
  headlineOnTop: (line: number) => boolean
}

const bullet = /^(?:[-*•–·▪●]|\d{1,2}[.)])\s/

/** Whether a line is a table row: text in columns, separated by runs of spaces. */
/**
 * A forward-only finder of double spaces: where the next one at or after a
 * position starts (-1 when none). Each occurrence is searched for once while
 * positions grow, so a walk over the lines stays linear.
 */
function doubleSpaces(text: string): (from: number) => number {
  let asked = -1
  let found = -2
  return (from: number): number => {
    if (from < asked || (found !== -1 && found < from)) found = text.indexOf('  ', from)
    asked = from
    return found
  }
}

function isTableRow(text: string, from: number, to: number, nextDoubleSpace: (from: number) => number): boolean {
  // Most lines have no two spaces in a row: no gap, no need to read them.
  const first = nextDoubleSpace(from)
  if (first === -1 || first + 2 > to) return false
  from = first
  let gaps = 0
  let wideGap = false
  let run = 0
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) === 0x20) run++
    else {
      if (run >= 2) {
        gaps++
        if (run >= 3) wideGap = true
      }
      run = 0
    }
  }
  return wideGap || gaps >= 2
}

/**
 * Cut the lines into segments: blank lines end a segment; inside a run of
 * non-blank lines, so do indented paragraph starts (wire copy), lines that
 * stand alone (date lines, captions, bylines), column tables and bullet
 * lists. Hard-wrapped lines stay together. One pass over the lines.
 *
 * @example
 * segmentLines(text, splitLines(text), facts).length
 */
export function segmentLines(text: string, lines: Lines, facts: LineFacts): Segment[] {
  const segments: Segment[] = []
  const nextDoubleSpace = doubleSpaces(text)
  let firstVisibleLine = -1
  let line = 0
  while (line < lines.count) {
    if (isBlankLine(lines, line)) {
      line++
      continue
    }
    let groupEnd = line
    while (groupEnd + 1 < lines.count && !isBlankLine(lines, groupEnd + 1)) groupEnd++
    if (firstVisibleLine === -1) firstVisibleLine = line
    cutGroup(text, lines, facts, line, groupEnd, firstVisibleLine, segments, nextDoubleSpace)
    line = groupEnd + 1
  }
  return segments
}

function cutGroup(text: string, lines: Lines, facts: LineFacts, first: number, last: number, firstVisibleLine: number, out: Segment[], nextDoubleSpace: (from: number) => number): void {
  if (first === last) {
    out.push({ first, last, shape: 'lines' })
    return
  }
  let minIndent = Infinity
  let maxIndent = 0
  for (let line = first; line <= last; line++) {
    const indent = indentOf(lines, line)
    if (indent < minIndent) minIndent = indent
    if (indent > maxIndent) maxIndent = indent
  }
  const mixedIndent = maxIndent > minIndent
  const row = new Uint8Array(last - first + 1)
  for (let line = first; line <= last; line++) {
    row[line - first] = isTableRow(text, lines.contentStart[line]!, lines.contentEnd[line]!, nextDoubleSpace) ? 1 : 0
  }
  // A headline on top of the text is never a table row.
  const headlineOnTop = first === firstVisibleLine && facts.headlineOnTop(first)
  if (headlineOnTop) row[0] = 0
  // Only runs of two or more rows make a table.
  for (let index = 0; index < row.length; index++) {
    if (row[index] === 1 && row[index - 1] !== 1 && row[index + 1] !== 1) row[index] = 0
  }
  let segmentStart = first
  let shape: Segment['shape'] = 'lines'
  const close = (end: number): void => {
    out.push({ first: segmentStart, last: end, shape })
  }
  const isBullet = (line: number): boolean => bullet.test(text.slice(lines.contentStart[line]!, Math.min(lines.contentEnd[line]!, lines.contentStart[line]! + 4)))
  const listsAllowed = !mixedIndent
  shape = row[0] === 1 ? 'table' : listsAllowed && isBullet(first) ? 'list' : 'lines'
  for (let line = first + 1; line <= last; line++) {
    const inTable = row[line - first] === 1
    const wasTable = row[line - first - 1] === 1
    let cut = false
    let nextShape: Segment['shape'] = 'lines'
    if (line - 1 === first && headlineOnTop) {
      cut = true
      nextShape = inTable ? 'table' : 'lines'
    } else if (inTable !== wasTable) {
      cut = true
      nextShape = inTable ? 'table' : 'lines'
    } else if (inTable) {
      cut = false
    } else if (facts.standsAlone(line) || facts.standsAlone(line - 1)) {
      cut = true
    } else if (listsAllowed && isBullet(line)) {
      cut = shape !== 'list'
      nextShape = 'list'
    } else if (mixedIndent && indentOf(lines, line) > minIndent) {
      cut = true
    }
    if (cut) {
      close(line - 1)
      segmentStart = line
      shape = nextShape === 'lines' && listsAllowed && isBullet(line) ? 'list' : nextShape
    }
  }
  close(last)
}
