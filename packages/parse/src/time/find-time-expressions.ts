import { UTCDate } from '@date-fns/utc'
import type { TimeExpression } from '@newsdoc/core'
// One module per function: the package's index loads all of date-fns, about 90 ms of a cold start.
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { addWeeks } from 'date-fns/addWeeks'
import { addYears } from 'date-fns/addYears'
import { getDay } from 'date-fns/getDay'
import { months, weekdays } from '../lexicon/months.js'
import { isoDay, isoMonth, isoWeek, isoYear } from './iso-text.js'
import { futureMarkers, pastVerbs, relativeDays, relativeSteps, timePrepositions } from '../lexicon/time-words.js'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isMark, lowerAt, sentenceHas, sentenceHasKind, sentenceLast, sentenceOf, tokenEnd, tokenKind, tokenStart, wordIs } from '../statements/paragraph-view.js'
import { WordClass } from '../lexicon/word-classes.js'
import { TokenKind } from '../text/tokens.js'

type Tense = 'past' | 'future'

/** The publication's local date, the anchor of relative expressions; null when unknown. */
export function anchorDate(local: string | null): UTCDate | null {
  const match = local === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(local)
  return match ? new UTCDate(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null
}

function tenseBefore(view: ParagraphView, token: number): Tense {
  for (let back = token - 1; back >= 0 && back >= token - 8; back--) {
    const word = lowerAt(view, back)!
    if (isMark(view, back, '.')) break
    if (futureMarkers.has(word)) return 'future'
    if (pastVerbs.has(word) || (word.length > 3 && word.endsWith('ed'))) return 'past'
  }
  return 'past'
}


function isYear(view: ParagraphView, token: number): boolean {
  return tokenKind(view, token) === TokenKind.number && /^(?:1[89]|20)\d\d$/.test(lowerAt(view, token)!)
}

/**
 * Find dates and relative times in a paragraph and resolve them against the
 * publication's local date, tense-aware: `met … on Wednesday` published on
 * Thursday 21 September 2023 is 2023-09-20; `in March this year` is 2023-03;
 * `since the beginning of this year` is 2023. Without an anchor, only
 * expressions that name their year resolve.
 *
 * @example
 * findTimeExpressions(view, anchorDate('2023-09-21T01:53:00')).map((expression) => expression.resolved)
 * //=> ['2023-09-20']
 */
export function findTimeExpressions(view: ParagraphView, anchor: UTCDate | null): TimeExpression[] {
  const found: TimeExpression[] = []
  const count = view.tokenCount
  const push = (first: number, last: number, resolved: string | null, granularity: TimeExpression['granularity']): void => {
    // A preposition before the expression belongs to it: `on Wednesday`, `Since the beginning of this year`.
    let start = first
    if (start > 0 && timePrepositions.has(lowerAt(view, start - 1)!)) start--
    const span = { start: tokenStart(view, start)!, end: tokenEnd(view, last)! }
    found.push({ text: view.text.slice(span.start, span.end).replace(/\s+/g, ' '), resolved, granularity, span })
  }
  // Only numbers and listed time words start an expression: sentences with neither are passed over whole.
  const numbers = 1 << TokenKind.number
  if ((view.classesPresent & WordClass.timeStarter) === 0 && (view.kindsPresent & numbers) === 0) return found
  for (let token = 0; token < count; token++) {
    const sentence = sentenceOf(view, token)
    if (!sentenceHas(view, sentence, WordClass.timeStarter) && !sentenceHasKind(view, sentence, TokenKind.number)) {
      token = sentenceLast(view, sentence)
      continue
    }
    if (tokenKind(view, token) === TokenKind.number) {
      if (isYear(view, token) && (wordIs(view, token - 1, 'in') || wordIs(view, token - 1, 'since'))) push(token, token, lowerAt(view, token)!, 'year')
      continue
    }
    if (tokenKind(view, token) !== TokenKind.word || !hasClass(view, token, WordClass.timeStarter)) continue
    const word = lowerAt(view, token)!
    // `the beginning of this year`, `the end of last year`
    if ((word === 'beginning' || word === 'start' || word === 'end' || word === 'middle') && wordIs(view, token - 1, 'the') && wordIs(view, token + 1, 'of')) {
      const step = relativeSteps.get(lowerAt(view, token + 2) ?? '')
      if (step !== undefined && (wordIs(view, token + 3, 'year') || wordIs(view, token + 3, 'month'))) {
        const unit = lowerAt(view, token + 3)!
        const resolved = anchor === null ? null : unit === 'year' ? isoYear(addYears(anchor, step)) : isoMonth(addMonths(anchor, step))
        push(token - 1, token + 3, resolved, unit === 'year' ? 'year' : 'month')
        token += 3
        continue
      }
    }
    const weekday = weekdays.get(word)
    if (weekday !== undefined && word.length > 3) {
      const before = lowerAt(view, token - 1)
      const step = before === undefined ? undefined : relativeSteps.get(before)
      const tense: Tense = step === 1 ? 'future' : step === -1 ? 'past' : tenseBefore(view, token)
      let resolved: string | null = null
      if (anchor !== null) {
        const today = getDay(anchor)
        const offset = tense === 'past' ? -((today - weekday + 7) % 7 || (step === -1 ? 7 : 0)) : (weekday - today + 7) % 7 || (step === 1 ? 7 : 0)
        resolved = isoDay(addDays(anchor, offset))
      }
      push(step === undefined ? token : token - 1, token, resolved, 'day')
      continue
    }
    const monthNumber = months.get(word.endsWith('.') ? word.slice(0, -1) : word)
    // A capitalized month name; `May` and `March` also need `in`/`since` before or a number after.
    const capitalized = /^[A-Z]/.test(view.text[tokenStart(view, token)!]!)
    const ambiguous = word === 'may' || word === 'march'
    const dated = wordIs(view, token - 1, 'in') || wordIs(view, token - 1, 'since') || tokenKind(view, token + 1) === TokenKind.number
    if (monthNumber !== undefined && capitalized && (!ambiguous || dated)) {
      let last = token
      let dayOfMonth: number | null = null
      let explicitYear: number | null = null
      // `Sept.`: the period of an abbreviated month belongs to it.
      if (isMark(view, last + 1, '.') && word.length <= 4 && word !== 'may' && word !== 'june' && word !== 'july' && tokenStart(view, last + 1) === tokenEnd(view, last)) last++
      if (tokenKind(view, last + 1) === TokenKind.number && Number(lowerAt(view, last + 1)) >= 1 && Number(lowerAt(view, last + 1)) <= 31 && !isYear(view, last + 1)) {
        dayOfMonth = Number(lowerAt(view, last + 1))
        last++
        if (isMark(view, last + 1, ',') && isYear(view, last + 2)) last++
      }
      if (isYear(view, last + 1)) {
        explicitYear = Number(lowerAt(view, last + 1))
        last++
      } else if ((wordIs(view, last + 1, 'this') || wordIs(view, last + 1, 'last') || wordIs(view, last + 1, 'next')) && wordIs(view, last + 2, 'year')) {
        if (anchor !== null) explicitYear = addYears(anchor, relativeSteps.get(lowerAt(view, last + 1)!)!).getFullYear()
        last += 2
      }
      let resolvedYear = explicitYear
      if (resolvedYear === null && anchor !== null) {
        const anchorMonth = anchor.getMonth() + 1
        const tense = tenseBefore(view, token)
        resolvedYear = anchor.getFullYear() + (tense === 'past' ? (monthNumber! > anchorMonth ? -1 : 0) : monthNumber! < anchorMonth ? 1 : 0)
      }
      const resolved = resolvedYear === null ? null : dayOfMonth === null ? `${resolvedYear}-${String(monthNumber).padStart(2, '0')}` : `${resolvedYear}-${String(monthNumber).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
      push(token, last, resolved, dayOfMonth === null ? 'month' : 'day')
      token = last
      continue
    }
    const relativeDay = relativeDays.get(word)
    if (relativeDay !== undefined) {
      push(token, token, anchor === null ? null : isoDay(addDays(anchor, relativeDay)), 'day')
      continue
    }
    const step = relativeSteps.get(word)
    const unit = lowerAt(view, token + 1)
    if (step !== undefined && (unit === 'week' || unit === 'month' || unit === 'year') && !(wordIs(view, token - 1, 'of'))) {
      let resolved: string | null = null
      if (anchor !== null) {
        if (unit === 'week') resolved = isoWeek(addWeeks(anchor, step))
        else if (unit === 'month') resolved = isoMonth(addMonths(anchor, step))
        else resolved = isoYear(addYears(anchor, step))
      }
      // `earlier this year` keeps its adverb.
      push(token, token + 1, resolved, unit === 'week' ? 'week' : unit)
      token++
      continue
    }
  }
  return found
}
