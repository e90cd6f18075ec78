import type { MediaKind } from '@newsdoc/core'
import { creditLabels } from '../lexicon/layout-cues.js'

/** A caption line read into its parts. */
export interface CaptionParts {
  kind: MediaKind
  caption: string
  credit: string | null
  creditLabel: string | null
}

const gallery = /^(\d{1,2}) of (\d{1,2})\. /
const bracketCredit = /\(([^()]{0,60}\b(?:Photo|Photograph|Photos|Image|Picture|Video)\b[^()]{0,80})\)$/
const labelled = /(?:^|[.!?)"”’] )([A-Z][A-Za-z]*(?: [A-Za-z]+)?) ?: ?([^:]{0,100})$/d
const sentenceEnd = /[.!?)"”’]$/

/**
 * Read a photo caption: `… on Wednesday. Photo: VCG`, `… (AP Photo/Evan
 * Vucci)`, `1 of 4. A general view …`, `Credit: WhiteHaven/Shutterstock.com`.
 * Returns null when the line is not a caption.
 *
 * @example
 * readCaption('Putin meets Wang Yi in Moscow. Photo: VCG')
 * //=> { kind: 'image', caption: 'Putin meets Wang Yi in Moscow.', credit: 'VCG', creditLabel: 'Photo' }
 */
export function readCaption(line: string): CaptionParts | null {
  if (line.length > 1200) return null
  const colon = line.lastIndexOf(':')
  // Most lines with a colon are no captions (`Putin said: "…"`): the word before it must end a credit label.
  const labelledMatch = colon !== -1 && line.length - colon <= 102 && endsCreditLabel(line, colon) ? labelled.exec(line) : null
  if (labelledMatch?.indices) {
    const label = labelledMatch[1]!
    const kind = creditLabels.get(label.toLowerCase())
    const caption = line.slice(0, labelledMatch.indices[1]![0]).trim()
    if (kind && (caption.length === 0 || sentenceEnd.test(caption))) {
      const credit = labelledMatch[2]!.trim()
      return { kind, caption, credit: credit.length > 0 ? credit : null, creditLabel: label }
    }
  }
  const bracket = line.endsWith(')') ? bracketCredit.exec(line) : null
  if (bracket) {
    const credit = bracket[1]!.trim()
    const slash = credit.indexOf('/')
    return {
      kind: /video/i.test(credit) ? 'video' : 'image',
      caption: line.slice(0, bracket.index).trim(),
      credit: slash === -1 ? credit : credit.slice(slash + 1).trim() || null,
      creditLabel: slash === -1 ? null : credit.slice(0, slash).trim()
    }
  }
  if (line.charCodeAt(0) <= 0x39 && gallery.test(line)) return { kind: 'image', caption: line.replace(gallery, '').trim(), credit: null, creditLabel: null }
  return null
}

// The longest word of a credit label (`illustration`).
const longestLabelWord = 12

/** Whether the word right before `colon` (a blank between allowed) is the last word of a credit label (`Photo`, `Credit`). */
function endsCreditLabel(line: string, colon: number): boolean {
  let end = colon
  if (line.charCodeAt(end - 1) === 0x20) end--
  let start = end
  while (start > 0 && end - start <= longestLabelWord && isAsciiLetter(line.charCodeAt(start - 1))) start--
  return start < end && end - start <= longestLabelWord && creditLabels.has(line.slice(start, end).toLowerCase())
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}
