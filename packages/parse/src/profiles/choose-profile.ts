import type { Lines } from '../text/lines.js'
import { isBlankLine } from '../text/lines.js'
import type { Profile } from './profile.js'
import { genericProfile, profiles } from './index.js'

const edgeLines = 5
const anyLines = 400

/** The profile chosen for a text, and whether any evidence chose it. */
export interface ProfileChoice {
  profile: Profile
  chosen: boolean
}

/**
 * Choose the publisher profile whose evidence the text bears best: each
 * profile's patterns are tried on the first and last few non-blank lines
 * (and on the first few hundred lines for `any`); the highest total wins,
 * `generic` when none scores.
 *
 * @example
 * chooseProfile(text, splitLines(text)).profile.name
 * //=> 'global-times'
 */
export function chooseProfile(text: string, lines: Lines): ProfileChoice {
  const head: string[] = []
  const tail: string[] = []
  const any: string[] = []
  for (let line = 0; line < lines.count && any.length < anyLines; line++) {
    if (isBlankLine(lines, line)) continue
    const value = text.slice(lines.contentStart[line]!, Math.min(lines.contentEnd[line]!, lines.contentStart[line]! + 400))
    if (head.length < edgeLines) head.push(value)
    any.push(value)
  }
  for (let line = lines.count - 1; line >= 0 && tail.length < edgeLines; line--) {
    if (isBlankLine(lines, line)) continue
    tail.push(text.slice(Math.max(lines.contentStart[line]!, lines.contentEnd[line]! - 400), lines.contentEnd[line]!))
  }
  let best: Profile = genericProfile
  let bestScore = 0
  for (const profile of profiles) {
    let score = 0
    for (const { pattern, where, weight } of profile.evidence) {
      const pool = where === 'head' ? head : where === 'tail' ? tail : any
      if (pool.some((value) => pattern.test(value))) score += weight
    }
    if (score > bestScore) {
      best = profile
      bestScore = score
    }
  }
  return { profile: best, chosen: bestScore > 0 }
}
