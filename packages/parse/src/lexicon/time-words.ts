// Words that date an event relative to the publication: relative day,
// week, month and year words, and the words that mark a clause as past or
// future (for choosing which Wednesday `on Wednesday` means).

import { months, weekdays } from './months.js'

/** `yesterday` → -1 day, `today` → 0, `tomorrow` → +1. */
export const relativeDays: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1]
])

/** `last` → -1, `this` → 0, `next` → +1 (before week, month, year). */
export const relativeSteps: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1]
])

/** Words before a date that belong to its expression. */
export const timePrepositions: ReadonlySet<string> = new Set(['on', 'in', 'since', 'by', 'until', 'before', 'after', 'from', 'during', 'earlier', 'later'])

/** Words that put a clause in the future. */
export const futureMarkers: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'going', 'plans', 'plan', 'planned', 'scheduled', 'expected', 'due', 'upcoming', 'to'])

/** Irregular past-tense verbs common in news (regular ones end in `-ed`). */
export const pastVerbs: ReadonlySet<string> = new Set(['met', 'said', 'was', 'were', 'had', 'did', 'went', 'came', 'took', 'made', 'held', 'told', 'saw', 'gave', 'won', 'lost', 'left', 'began', 'spoke', 'wrote', 'met', 'sent', 'put', 'set', 'got', 'ran', 'fell', 'rose', 'hit', 'cut', 'led', 'paid', 'sold', 'bought', 'brought', 'thought', 'found', 'became', 'kept', 'felt', 'heard', 'meant', 'stood', 'struck', 'shot', 'flew', 'drove', 'broke', 'chose', 'knew', 'grew', 'threw'])

/** Every word that can start a time expression (month and day names, relative words). */
export const timeStarters: ReadonlySet<string> = new Set([
  ...months.keys(),
  ...[...months.keys()].map((name) => `${name}.`),
  ...weekdays.keys(),
  ...relativeDays.keys(),
  ...relativeSteps.keys(),
  'beginning',
  'start',
  'end',
  'middle'
])

/** Words of a time phrase that are neither its starter nor its preposition (`earlier this month`, `two weeks ago`). */
export const timePhraseWords: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'ago', 'early', 'late', 'the', 'of'])
