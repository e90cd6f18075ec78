// Who speaks: the subject before a cue (names, pronouns, determiner phrases, appositives), a sentence's subject, and the source named after a cue.
import { WordClass, wordClassesOf } from '../lexicon/word-classes.js'
import { parentheticalAdverbs, prepositionQuantifiers, prepositions } from '../lexicon/function-words.js'
import { contractedSubjects, subjectPronouns } from '../lexicon/pronouns.js'
import { gazetteer } from '../lexicon/gazetteer.js'
import { companyDescriptors } from '../lexicon/organization-suffixes.js'
import { TokenKind } from '../text/tokens.js'
import type { ParagraphView } from './paragraph-view.js'
import { hasClass, isCapitalized, isMark, listedAt, lowerAt, tokenEnd, tokenKind, tokenStart, tokenText, wordIs } from './paragraph-view.js'
import { isCue, isDash, isWord, maxSubjectTokens, measureWords, sentenceStart } from './cue-words.js'
import { joinsOrganizationName, nameStartBefore } from '../entities/joined-names.js'

export const maxAppositiveTokens = 24

// Marks inside an appositive: `Sanders' senior media adviser`, `Provence-Alpes-Cote d'Azur`, `(D-Vt.)`.
export const appositiveMarks = new Set(["'s", "'", '’', '.', '(', ')', '-', '—', '&', '/'])

/**
 * The subject noun phrase that ends right before `cue` (auxiliaries such as
 * `has` or `also` skipped), no earlier than token `floor`: a name, a pronoun,
 * or a determiner phrase, with an appositive allowed (`Mayra Gonzalez, a
 * cook at the Taj, said`).
 */
export function subjectBefore(view: ParagraphView, cue: number, floor: number, plain = false, bracketed = false): { first: number; last: number } | null {
  let last = cue - 1
  while (last >= floor && isWord(view, last) && hasClass(view, last, WordClass.cueAuxiliary)) last--
  if (last < floor) return null
  // The name before an appositive, a bracket or a relative clause is a plain noun phrase:
  // one level only, so that a run of commas costs linear time, not exponential.
  // (A plain name may carry one bracket, `Rep. Jim Jordan (R-Ohio)`, never brackets upon brackets.)
  if (plain && !isWord(view, last) && (bracketed || !isMark(view, last, ')'))) return null
  // `an architect who said …`: the relative pronoun is the source next to the cue.
  if (wordIs(view, last, 'who') && last > floor) return { first: last, last }
  // `who in 2010 said`: a time phrase between the relative pronoun and the cue.
  for (let token = last; token > floor && token >= last - 3 && (hasClass(view, token, WordClass.leadingNonSubject) || tokenKind(view, token) === TokenKind.number); token--) {
    if (wordIs(view, token - 1, 'who')) return { first: token - 1, last: token - 1 }
  }
  // `Cyber security experts and U.S. officials, however, said`: a sentence adverb between commas is no appositive.
  if (!plain && isMark(view, last, ',') && isMark(view, last - 2, ',') && parentheticalAdverbs.has(lowerAt(view, last - 1) ?? '')) {
    const name = subjectBefore(view, last - 2, floor, true)
    return name === null ? null : { first: name.first, last: last - 3 }
  }
  // `The Supreme Court justice -- who has been in a scuffle with the nominee -- said`: an aside between double hyphens.
  if (!plain && isDoubleHyphen(view, last)) {
    let open = last - 2
    while (open > floor && last - open <= maxAppositiveTokens + 2 && !isDoubleHyphen(view, open)) open--
    if (!isDoubleHyphen(view, open) || open - 2 < floor || last - open < 4) return null
    const name = subjectBefore(view, open - 1, floor, true)
    return name === null ? null : { first: name.first, last: last - 2 }
  }
  // `Many speakers at the service — including Muslims, Christians, Catholics, Jews — said`: an aside between dashes.
  // (One dash each side, with words between: `--` is two tokens, and `- say one pct -` no aside of a source.)
  if (!plain && isDash(view, last) && !isDash(view, last - 1)) {
    let open = last - 1
    while (open > floor && last - open <= maxAppositiveTokens && !isDash(view, open)) open--
    if (!isDash(view, open) || isDash(view, open - 1) || open - 1 < floor || last - open < 3) return null
    const name = subjectBefore(view, open, floor, true)
    return name === null ? null : { first: name.first, last: last - 1 }
  }
  // `Name, appositive, said`: the appositive ends with a comma before the cue
  // (`Derek Mitchell, who served as U.S. ambassador to Burma from 2012, said`).
  if (!plain && isMark(view, last, ',')) {
    // The comma before `from`, if only appositive material stands between.
    const commaBefore = (from: number): number => {
      let comma = from
      let steps = 0
      while (comma >= floor && !isMark(view, comma, ',') && steps < maxAppositiveTokens) {
        if (!isWord(view, comma) && tokenKind(view, comma) !== TokenKind.number && !appositiveMarks.has(lowerAt(view, comma)!)) return -1
        comma--
        steps++
      }
      return comma >= floor && isMark(view, comma, ',') ? comma : -1
    }
    const namedAfter = isCapitalized(view, last - 1)
    // `Jimmy Ghazal, 39, a Lebanese man visiting Nice, told`, `Donna Sampson Rawlings, 59, of Ashton, Md., who …, said`: up to five appositive parts.
    let comma = commaBefore(last - 1)
    // A description before the appositive stands in only when no name comes before it
    // (`Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said`).
    let described: { first: number; last: number } | null = null
    // `Sandy Phillips, who lost her daughter … in Aurora, Colorado, in July 2012, said`: a relative
    // clause among the parts marks the name before it as the source, whatever names the clause holds.
    for (let relative = comma, part = 0; part < 4 && relative !== -1; part++, relative = commaBefore(relative - 1)) {
      if (!wordIs(view, relative + 1, 'who') && !wordIs(view, relative + 1, 'whose')) continue
      const name = subjectBefore(view, relative, floor, true)
      if (name !== null && isCapitalized(view, name.last) && !hasClass(view, name.first - 1, WordClass.clauseOpener) && !insidePrepositionalPhrase(view, name.first)) return { first: name.first, last: last - 1 }
      break
    }
    for (let part = 0; part < 5 && comma !== -1; part++) {
      // `…with Republicans, and the meeting deteriorated from there, said`: a clause, not an appositive.
      if (hasClass(view, comma + 1, WordClass.sentenceConjunction)) break
      const name = subjectBefore(view, comma, floor, true)
      // `In an interview on Friday, Ortiz dismissed the report, said …` is no name with an appositive.
      if (name !== null && hasClass(view, name.first - 1, WordClass.clauseOpener)) break
      // `… jobs in North Dakota and Texas, supports the view that …, said`, `Jane Doe, 59, of Ashton, Md., said`:
      // a name inside a prepositional phrase is no subject; the source, if any, is named before it.
      if (name !== null && insidePrepositionalPhrase(view, name.first)) {
        comma = commaBefore(comma - 1)
        continue
      }
      if (name !== null && (isCapitalized(view, name.last) || isMark(view, name.last, ')') || hasClass(view, name.last, WordClass.personPronoun))) return { first: name.first, last: last - 1 }
      // `A White House official, who requested anonymity, said`: a relative clause describes any source.
      if (name !== null && (namedAfter || wordIs(view, comma + 1, 'who'))) described ??= { first: name.first, last: last - 1 }
      if (name !== null && described === null) break
      comma = commaBefore(comma - 1)
    }
    return described
  }
  // `Rep. Trey Gowdy (R-S.C.) said`: a bracketed party and state after the name
  // (also before an appositive: `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`).
  if (isMark(view, last, ')')) {
    let open = last - 1
    while (open > floor && open > last - 10 && !isMark(view, open, '(')) open--
    if (!isMark(view, open, '(')) return null
    const name = subjectBefore(view, open, floor, true, true)
    return name === null ? null : { first: name.first, last }
  }
  // `42% say`, `nine out of 10 say`: a share as the source.
  if (isMark(view, last, '%') && tokenKind(view, last - 1) === TokenKind.number) return { first: last - 1, last }
  if (tokenKind(view, last) === TokenKind.number && (wordIs(view, last - 1, 'of') || wordIs(view, last - 1, 'in'))) {
    let first = last - 1
    while (first - 1 >= floor && last - first < 5 && (isWord(view, first - 1) || tokenKind(view, first - 1) === TokenKind.number) && !hasClass(view, first - 1, WordClass.subjectBreaker)) first--
    return { first, last }
  }
  // `many of whom say`: the antecedent's share speaks.
  if ((wordIs(view, last, 'whom') || wordIs(view, last, 'which')) && wordIs(view, last - 1, 'of') && hasClass(view, last - 2, WordClass.sourceNoun)) return { first: last - 2, last }
  if (!isWord(view, last)) return null
  // `Asked whether she was nervous about her nomination she said`: a subject pronoun is the whole subject.
  if (hasClass(view, last, WordClass.personPronoun) && !isCapitalized(view, last) && subjectPronouns.has(lowerAt(view, last)!) && !wordIs(view, last, 'it') && !wordIs(view, last, 'there') && last > floor && isWord(view, last - 1)) return { first: last, last }
  // `the secretary of state said`, `the report said`: a cue word after `of` or a determiner is a noun.
  const nounCue = hasClass(view, last, WordClass.nounLikeCue) && (wordIs(view, last - 1, 'of') || hasClass(view, last - 1, WordClass.determiner))
  if (hasClass(view, last, WordClass.notSubjectEnd | WordClass.subjectBreaker) || (hasClass(view, last, WordClass.speechCue) && !nounCue)) return null
  let first = last
  // Where an organization's name with `and` inside starts, once the subject has reached into one.
  let joinedName = -1
  while (first - 1 >= floor && last - first + 1 < maxSubjectTokens) {
    const previous = first - 1
    // (`State spokesman Mark Toner said`: a capitalized cue word is part of a name, no cue.)
    if (isWord(view, previous) && !hasClass(view, previous, WordClass.subjectBreaker) && !(hasClass(view, previous, WordClass.speechCue) && !isCapitalized(view, previous))) first = previous
    // `About 9 percent said`: a number belongs to the subject when a measure follows it.
    else if (tokenKind(view, previous) === TokenKind.number && measureWords.has(lowerAt(view, previous + 1)!)) first = previous
    else if (isMark(view, previous, '.') && tokenEnd(view, previous - 1) === tokenStart(view, previous) && (tokenEnd(view, previous - 1)! - tokenStart(view, previous - 1)! <= 3)) first = previous
    // `an M&S spokesman`, `AT&T`: an ampersand inside a name.
    else if (isMark(view, previous, '&') && tokenEnd(view, previous - 1) === tokenStart(view, previous) && tokenEnd(view, previous) === tokenStart(view, first)) first = isCapitalized(view, previous - 1) ? previous - 1 : previous
    // `The Securities and Exchange Commission said`, `Procter & Gamble said`: one organization's name.
    else if ((wordIs(view, previous, 'and') || isMark(view, previous, '&')) && joinsOrganizationName(view, previous)) {
      first = previous
      joinedName = nameStartBefore(view, previous)
    }
    else {
      // `Edward-Isaac Dovere and Gabriel Debenedetti wrote`: two names joined by `and` speak together.
      const partner = wordIs(view, previous, 'and') && isCapitalized(view, first) ? namesBefore(view, previous, floor) : -1
      if (partner !== -1) first = partner
      break
    }
  }
  // A subject starts the clause: at the sentence start, after a comma or after a breaker word.
  const before = first - 1
  if (before >= floor && !(isMark(view, before, ',') || isMark(view, before, ':') || isMark(view, before, ';') || isMark(view, before, '—') || tokenKind(view, before) === TokenKind.quote || hasClass(view, before, WordClass.subjectBreaker))) {
    // `A report … by the Organization for Economic Cooperation and Development noted`: the name at least.
    if (last - first + 1 >= maxSubjectTokens) return joinedName === -1 ? trailingName(view, last, floor) : { first: joinedName, last }
  }
  // `Current and former officials who spoke with The Huffington Post said`: the relative clause's antecedent speaks.
  if (!plain && wordIs(view, first - 1, 'who') && first - 2 >= floor && isWord(view, first - 2)) {
    // The source is the antecedent alone: names inside the clause (`The Huffington Post`) are not the speaker.
    const antecedent = subjectBefore(view, first - 1, floor, true)
    if (antecedent !== null) return antecedent
  }
  // `In an interview with CNN on Sunday Trump said`, `In a statement the company said`: a phrase that opens with a
  // preposition and no comma after it is no subject; the subject is the name or determiner phrase that ends it.
  // (`At least half of voters said`, `About 9 percent said`: a quantity, not a phrase.)
  if (!plain && first < last && isCapitalized(view, first) && prepositions.has(listedAt(view, first) ?? '') && !opensQuantity(view, first + 1)) return subjectAfterPhrase(view, first + 1, last)
  while (first < last && hasClass(view, first, WordClass.leadingNonSubject) && !isMark(view, first + 1, '&')) first++
  const head = lowerAt(view, last)!
  let capitalized = false
  for (let token = first; token <= last; token++) if (isCapitalized(view, token) && !(token === first && hasClass(view, token, WordClass.leadingNonSubject))) capitalized = true
  const valid =
    hasClass(view, last, WordClass.personPronoun) ||
    head === 'it' ||
    capitalized ||
    hasDeterminer(view, first, last) ||
    hasClass(view, last, WordClass.sourceNoun) ||
    (head.endsWith('s') && last - first < 3)
  return valid ? { first, last } : null
}

/** Whether a quantity starts at the token (`least` of `At least half`, `9` of `About 9 percent`). */
function opensQuantity(view: ParagraphView, token: number): boolean {
  return tokenKind(view, token) === TokenKind.number || prepositionQuantifiers.has(listedAt(view, token) ?? '')
}

/**
 * The subject at the end of a phrase that opened with a preposition: the
 * capitalized run that ends it (time words aside: `on Sunday Trump` gives
 * `Trump`), else the phrase from its last determiner (`the company`), else
 * null.
 */
function subjectAfterPhrase(view: ParagraphView, from: number, last: number): { first: number; last: number } | null {
  if (isCapitalized(view, last)) {
    let first = last
    while (first - 1 > from && (isCapitalized(view, first - 1) || isMark(view, first - 1, '.')) && !hasClass(view, first - 1, WordClass.timeStarter | WordClass.leadingNonSubject)) first--
    // (`In November the British Medical Association said`: with its article.)
    return { first: hasClass(view, first - 1, WordClass.determiner) && first - 1 > from ? first - 1 : first, last }
  }
  for (let token = last - 1; token > from; token--) {
    if (!hasClass(view, token, WordClass.determiner)) continue
    return isWord(view, last) && !hasClass(view, last, WordClass.subjectBreaker) ? { first: token, last } : null
  }
  // `In Washington officials said`: a source noun is the subject by itself.
  return hasClass(view, last, WordClass.sourceNoun) ? { first: last, last } : null
}

/**
 * The person's name that ends a subject too long to be one, from its
 * honorific or given name on (`… at the party convention Sen. Elizabeth
 * Warren (D-MA) said`): two words or more, else null.
 */
function trailingName(view: ParagraphView, last: number, floor: number): { first: number; last: number } | null {
  if (!isCapitalized(view, last)) return null
  let first = last
  while (first - 1 >= floor && last - first < maxSubjectTokens && (isCapitalized(view, first - 1) || (isMark(view, first - 1, '.') && hasClass(view, first - 2, WordClass.honorific)))) first--
  // The name proper starts at an honorific or a given name (`Secretary of State Alexander Haig`, `Hong Kong Ronald Li`).
  while (first < last && !hasClass(view, first, WordClass.honorific | WordClass.givenName)) first++
  return last - first >= 1 && hasClass(view, first, WordClass.honorific | WordClass.givenName) ? { first, last } : null
}

/**
 * Where the name that ends just before `and` starts, when that name opens
 * its clause (at `floor`, after a comma, a colon or a quotation mark): -1
 * otherwise, so that `Trump won Ohio and Clinton said` keeps `Clinton` alone.
 */
function namesBefore(view: ParagraphView, and: number, floor: number): number {
  let first = and
  while (first - 1 >= floor && and - first < maxSubjectTokens && (isCapitalized(view, first - 1) || (isMark(view, first - 1, '.') && isCapitalized(view, first - 2)))) first--
  if (first === and || !isCapitalized(view, first)) return -1
  // `… including Jungle Fever, Do The Right Thing and Malcolm X`: a title of a work, not a name.
  for (let token = first; token < and; token++) if (hasClass(view, token, WordClass.capitalizedStopword | WordClass.determiner)) return -1
  const before = first - 1
  return before < floor || isMark(view, before, ',') || isMark(view, before, ':') || tokenKind(view, before) === TokenKind.quote ? first : -1
}

function hasDeterminer(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token < last; token++) if (hasClass(view, token, WordClass.determiner) || lowerAt(view, token)!.endsWith("'s") || lowerAt(view, token)!.endsWith('’s')) return true
  return false
}

/** Whether a capitalized word comes before `to` after only lower-case words that open no clause (`former secretary of state Hillary Clinton`). */
function nameWithin(view: ParagraphView, from: number, to: number): boolean {
  for (let token = from; token < to && isWord(view, token); token++) {
    if (isCapitalized(view, token)) return true
    if (hasClass(view, token, WordClass.finiteVerb | WordClass.personPronoun | WordClass.subjectBreaker)) return false
  }
  return false
}

/** A noun phrase that starts at `first` and runs to `limit` (exclusive) or the first comma: `the official`, `Putin`. */
export function phraseAfter(view: ParagraphView, first: number, limit: number): { first: number; last: number } | null {
  let last = first
  if (!isWord(view, first) && tokenKind(view, first) !== TokenKind.number) return null
  const opener = lowerAt(view, first)!
  // `resident Mayra Gonzalez`: a lower-case title word is fine before a name.
  const namedSoon = nameWithin(view, first + 1, Math.min(limit, first + 5))
  if (!(isCapitalized(view, first) || hasClass(view, first, WordClass.determiner | WordClass.personPronoun | WordClass.sourceNoun) || opener === 'it' || opener.endsWith('s') || namedSoon)) return null
  while (last + 1 < limit && last - first < maxSubjectTokens + 3) {
    const next = last + 1
    const joiner = isMark(view, next, '.') || isMark(view, next, '/') || isMark(view, next, '&') || isMark(view, next, '-')
    if (isWord(view, next) || tokenKind(view, next) === TokenKind.number || (joiner && next + 1 < limit)) last++
    else break
  }
  return { first, last }
}

/** The noun phrase a relative `who` stands for: `Sanders, who`, `an architect who`. */
export function antecedentOf(view: ParagraphView, who: number): { first: number; last: number } | null {
  const floor = sentenceStart(view, who)
  const end = isMark(view, who - 1, ',') ? who - 1 : who
  return end > floor ? subjectBefore(view, end, floor, true) : null
}

export function firstNonLead(view: ParagraphView, from: number, first: number): number {
  let token = from
  while (token < first && hasClass(view, token, WordClass.leadingNonSubject)) token++
  return token
}

/**
 * The subject of a participial cue after a comma: in `Kasich bemoaned
 * America's reputation, saying that …`, the sentence's subject speaks.
 */
export function participialSubject(view: ParagraphView, cue: number): { first: number; last: number } | null {
  // (`… happening,'' adding, ''…''`: the comma may stand inside the quotation that closes before the participle.)
  // (`… on the refuge - noting that …`: or a dash.)
  // (After a dash only when a cue before it speaks on: `its naming convention - adding one digit to …` is a noun's.)
  const afterDash = isDash(view, cue - 1) && !isDash(view, cue - 2)
  const afterComma = isMark(view, cue - 1, ',') || afterDash || (tokenKind(view, cue - 1) === TokenKind.quote && isMark(view, cue - 2, ','))
  if (!lowerAt(view, cue)!.endsWith('ing') || !afterComma) return null
  const start = sentenceStart(view, cue)
  // `"…," Clark said in an interview, noting …` and `…, said Rep. Scott at the time, adding …`:
  // the source of the cue before speaks on.
  for (let before = cue - 2; before > start && (afterDash || before >= cue - 10); before--) {
    if (tokenKind(view, before) === TokenKind.quote) break
    if (!isCue(view, before)) continue
    return subjectBefore(view, before, start) ?? phraseAfter(view, before + 1, cue - 1)
  }
  return cue - 1 > start && !afterDash ? sentenceSubject(view, start, cue - 1) : null
}

export function sentenceSubject(view: ParagraphView, first: number, limit: number): { first: number; last: number } | null {
  let token = first
  // `In an interview on Friday, Trump …`, `And Trump …`: an opening phrase or conjunction comes before the subject.
  // … and `Appearing before supporters, Suu Kyi …`: a participle opens such a phrase too.
  // … and `Faced with protests, the government …`: so does a past participle and its preposition.
  const participle = isCapitalized(view, token) && !hasClass(view, token, WordClass.givenName) && (lowerAt(view, token)!.endsWith('ing') || (lowerAt(view, token)!.endsWith('ed') && prepositions.has(listedAt(view, token + 1) ?? '')))
  if (hasClass(view, token, WordClass.clauseOpener) || participle) {
    let comma = token + 1
    while (comma < limit && comma - token <= 10 && !isMark(view, comma, ',')) comma++
    if (isMark(view, comma, ',') && comma < limit) token = comma + 1
  }
  while (token < limit && (hasClass(view, token, WordClass.leadingNonSubject) || hasClass(view, token, WordClass.sentenceConjunction))) token++
  if (token >= limit) return null
  if (hasClass(view, token, WordClass.personPronoun) || wordIs(view, token, 'it')) return { first: token, last: token }
  // `The chief lobbied …`, `The New York businessman has praised …`: a determiner, names, then the head noun.
  if (hasClass(view, token, WordClass.determiner)) {
    let last = token + 1
    // `a defiant Donald Trump`: an adjective before the name.
    if (!isCapitalized(view, last) && isCapitalized(view, last + 1) && last + 1 < limit) last++
    while (last + 1 < limit && last - token < 4 && isCapitalized(view, last)) last++
    // (`the Energy Department said …`: the cue after the names is no head noun.)
    if (last > token + 1 && (isCue(view, last) || hasClass(view, last, subjectVerbClasses))) return { first: token, last: last - 1 }
    // `the harbor board has raised …`: a compound noun, when an auxiliary or a cue follows it (not `The firm plans to …`).
    const next = last + 1
    if (next + 1 < limit && isWord(view, next) && !isCapitalized(view, next) && !hasClass(view, next, subjectVerbClasses) && !isCue(view, next) && !lowerAt(view, next)!.endsWith('ed') && (hasClass(view, next + 1, WordClass.cueAuxiliary) || isCue(view, next + 1))) last++
    return last < limit && isWord(view, last) ? { first: token, last } : null
  }
  let last = token
  while (last + 1 < limit && last - token < 6 && (isCapitalized(view, last + 1) || isMark(view, last + 1, '.'))) last++
  if (!isCapitalized(view, token)) return null
  const named = nameAfterDescription(view, last + 1, limit)
  if (named !== null) return { first: token, last: named }
  // `Business leaders said …, but warned …`: a source noun after the capitalized word is the subject's head.
  if (last + 1 < limit && hasClass(view, last + 1, WordClass.sourceNoun) && !isCapitalized(view, last + 1)) return { first: token, last: last + 1 }
  return { first: token, last: possessedHead(view, last, limit) }
}

/**
 * The last word of the noun a possessive name governs (`Children's
 * charities have reacted …`: the charities, not the children), or the name
 * itself when no such noun follows.
 */
function possessedHead(view: ParagraphView, name: number, limit: number): number {
  const lower = lowerAt(view, name)!
  // `Parents' groups`: a plural's possessive is its apostrophe alone.
  const pluralPossessive = lower.endsWith('s') && (isMark(view, name + 1, "'") || isMark(view, name + 1, '’')) && tokenStart(view, name + 1) === tokenEnd(view, name)
  // (`He's comparing …` is `he is`.)
  const possessive = (lower.endsWith("'s") || lower.endsWith('’s')) && (wordClassesOf(lower.slice(0, -2)) & WordClass.personPronoun) === 0 && !contractedSubjects.has(lower.slice(0, -2))
  if (!possessive && !pluralPossessive) return name
  let head = pluralPossessive ? name + 1 : name
  while (head + 1 < limit && head - name <= maxDescriptionWords && isWord(view, head + 1) && !isCapitalized(view, head + 1) && !isCue(view, head + 1)) {
    if (hasClass(view, head + 1, WordClass.finiteVerb | WordClass.cueAuxiliary | WordClass.personPronoun | WordClass.subjectBreaker | WordClass.determiner)) break
    // (`Microsoft's chief executive criticised …`: a past tense is the verb.)
    const word = lowerAt(view, head + 1)!
    if (word.length > 4 && word.endsWith('ed')) break
    head++
  }
  return head
}

// Words that end a subject as its verb or the verb's auxiliary (`has`, `also`, `would`), or open what follows it.
const subjectVerbClasses = WordClass.finiteVerb | WordClass.cueAuxiliary | WordClass.subjectBreaker

// Lower-case words of a description between a capitalized opening word and the name it describes.
const maxDescriptionWords = 3

/**
 * The last token of the name after a description that opens a sentence
 * (`Central bank president Wim Duisenberg`, `Monitoring firm Netcraft`,
 * `Shadow home secretary David Davis`), where `from` is the first
 * lower-case word: null unless the description ends with a title or an
 * organization's word and a capitalized name follows it.
 */
function nameAfterDescription(view: ParagraphView, from: number, limit: number): number | null {
  let token = from
  while (token < limit && token - from < maxDescriptionWords && isWord(view, token) && !isCapitalized(view, token)) {
    if (hasClass(view, token, WordClass.finiteVerb | WordClass.personPronoun | WordClass.subjectBreaker | WordClass.determiner) || isCue(view, token)) return null
    token++
  }
  const described = token - 1
  if (described < from || token >= limit || !isCapitalized(view, token)) return null
  if (!hasClass(view, described, WordClass.titleWord | WordClass.sourceNoun | WordClass.organizationSuffix) && !companyDescriptors.has(listedAt(view, described) ?? '')) return null
  let last = token
  while (last + 1 < limit && last - token < 4 && (isCapitalized(view, last + 1) || isMark(view, last + 1, '.'))) last++
  return last
}

/**
 * Whether the noun phrase opening at `first` is the object of a preposition,
 * alone, as the last of a pair (`in North Dakota and Texas`) or as the
 * region after a place (`of Harrogate, Yorkshire`), not of an `of` inside a
 * name.
 */
function insidePrepositionalPhrase(view: ParagraphView, first: number): boolean {
  let before = first - 1
  // `in North Dakota and Texas`; `of Harrogate, Yorkshire`, `of Ashton, Md.` (a region after the place:
  // a known place or a state's abbreviation, so that `on Tuesday, Kevin Brady` stays a subject).
  const region = isMark(view, before, ',') && isCapitalized(view, before - 1) && (gazetteer.has(tokenText(view, first)) || (isMark(view, first + 1, '.') && tokenEnd(view, first)! - tokenStart(view, first)! <= 4))
  if (wordIs(view, before, 'and') || wordIs(view, before, 'or') || region) {
    before--
    while (before >= 0 && isCapitalized(view, before)) before--
  }
  // `the National Association of Broadcast Employees and Technicians`: an `of` inside a name is no preposition's phrase.
  if (wordIs(view, before, 'of') && isCapitalized(view, before - 1)) return false
  return prepositions.has(lowerAt(view, before) ?? '')
}

/** Whether tokens `token - 1` and `token` are two hyphens that touch (`--`, a dash in plain text). */
function isDoubleHyphen(view: ParagraphView, token: number): boolean {
  return isMark(view, token, '-') && isMark(view, token - 1, '-') && tokenStart(view, token) === tokenEnd(view, token - 1)
}
