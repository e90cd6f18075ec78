// Reported speech led by its cue: `X said (that) …`, `X noted …`, several in one sentence, and `…, saying …` for the sentence's subject.
import type { Span } from '@newsdoc/core'
import { WordClass } from '../lexicon/word-classes.js'
import { clauseOnlyCues, listenerNouns, pluralNounCues } from '../lexicon/cue-verbs.js'
import { goForms, subordinators } from '../lexicon/function-words.js'
import { subjectPronouns } from '../lexicon/pronouns.js'
import { TokenKind } from '../text/tokens.js'
import type { ParagraphView } from './paragraph-view.js'
import { hasClass, isCapitalized, isMark, isSentenceEnd, lowerAt, tokenEnd, tokenKind, tokenStart, wordIs } from './paragraph-view.js'
import { contentEnd, isAccordingTo, isBeliefVerb, isCue, isDash, isPassive, isQuoteAt, isWord, kindOf, quoteWithin, sentenceStart, span } from './cue-words.js'
import { antecedentOf, participialSubject, phraseAfter, sentenceSubject, subjectBefore } from './subjects.js'
import { clauseAfterTail, hasClause, opensWithPhrase } from './attributions.js'
import type { StatementDraft } from './statement-draft.js'
import { joinsOrganizationName } from '../entities/joined-names.js'

// The most words between a cue and the `that` of its content (`saying at a campaign event last week that …`).
const maxTailBeforeThat = 12

/** A cue with its subject inside a sentence: where reported speech starts. */
interface Lead {
  cue: number
  subject: { first: number; last: number }
  belief: boolean
  /** The `and`/`but` that joins this cue to the sentence's subject (`Trump said … and warned …`), or null. */
  joint: number | null
}

function leadAt(view: ParagraphView, cue: number, first: number, quoted: Uint8Array, claimed: Uint8Array): Lead | null {
  if (quoted[cue] === 1 || claimed[cue] === 1 || !isWord(view, cue)) return null
  const speech = isCue(view, cue)
  const belief = !speech && hasClass(view, cue, WordClass.beliefCue) && !isCapitalized(view, cue) && isBeliefVerb(view, cue)
  if (!speech && !belief) return null
  const next = lowerAt(view, cue + 1)
  // `Trump went on to say …`: the subject stands before `went on to`.
  const wentOn = wordIs(view, cue - 1, 'to') && wordIs(view, cue - 2, 'on') && goForms.has(lowerAt(view, cue - 3) ?? '') ? cue - 3 : cue
  if ((wentOn === cue && wordIs(view, cue - 1, 'to')) || next === 'by') return null
  if (hasClass(view, cue, WordClass.quoteCue) && !quoteWithin(view, cue, 4)) return null
  // `a show called "Brokers"`, `the loophole called an "inversion"`: naming, not speech.
  // (`a coin called the "Britannia"` names too; `what he called the "crooked" process` judges.)
  if (hasClass(view, cue, WordClass.quoteCue) && (isQuoteAt(view, cue + 1) || ((next === 'a' || next === 'an') && isQuoteAt(view, cue + 2)) || (next === 'the' && isQuoteAt(view, cue + 2) && isCapitalized(view, cue + 3)))) return null
  // `Farook's name was announced on a police scanner`, `he was told that …`: a passive cue is no statement of its subject.
  if (isPassive(view, cue)) return null
  if (next === 'to' && !hasClass(view, cue, WordClass.infinitiveCue)) return null
  // `It's worth noting that …`: the writer's aside.
  if (wordIs(view, cue - 1, 'worth')) return null
  // `who asked not to be named`: anonymity, not a statement.
  if (next === 'not' && wordIs(view, cue + 2, 'to')) return null
  // `she insisted on finishing the race`: an act, not a statement.
  if (next === 'on' && (lowerAt(view, cue + 2) ?? '').endsWith('ing')) return null
  // `It followed fears that …`, `raised claims that …`: a plural noun after a past tense is its object, no cue.
  if (pluralNounCues.has(lowerAt(view, cue)!) && isWord(view, cue - 1) && !isCapitalized(view, cue - 1) && lowerAt(view, cue - 1)!.endsWith('ed')) return null
  // `…, saying …`: a participle after a comma speaks for the sentence's subject.
  const participial = participialSubject(view, wentOn)
  let subject = participial ?? subjectBefore(view, wentOn, first)
  // `…, but says that …`: the sentence's subject speaks again.
  let joint = cue - 1
  while (joint > first && hasClass(view, joint, WordClass.cueAuxiliary)) joint--
  let shared: number | null = participial === null ? null : cue - 1
  // (`the dollar and fears that …`: a plural noun after `and` joins a noun phrase.)
  if (subject === null && (wordIs(view, joint, 'but') || (wordIs(view, joint, 'and') && !pluralNounCues.has(lowerAt(view, cue)!))) && joint > first) {
    subject = sentenceSubject(view, sentenceStart(view, cue), joint)
    shared = joint
  }
  if (subject === null) return null
  // `Despite claims that …`, `Following reports that …`: a plural noun after a phrase's opening word, no source and its cue.
  if (subject.first === subject.last && hasClass(view, subject.first, WordClass.clauseOpener) && pluralNounCues.has(lowerAt(view, cue)!)) return null
  // `…, he said, …` is an interruption: the trailing rule reads the whole sentence
  // (but `In a brief interview on Wednesday, Mr. Sloan said, "…"` opens with a phrase, not content).
  if (isMark(view, subject.first - 1, ',') && isMark(view, cue + 1, ',') && subject.first - 1 > first && !opensWithPhrase(view, first, subject.first - 1)) return null
  return { cue, subject, belief, joint: shared }
}

// Tokens after `told` that are only a listener when no clause or quotation is among them.
const maxListenerOnly = 6

// Words of a listener's name that `told …` skips at most when it is an organization's name with `and` inside.
const maxListenerWords = 6

/** Whether `subject` opens the content of the cue at `cue`: right after it, or after a short object and `that` (`told reporters that he …`). */
function opensContent(view: ParagraphView, cue: number, subject: number): boolean {
  if (subject <= cue + 2) return true
  if (subject > cue + 5 || !wordIs(view, subject - 1, 'that')) return false
  for (let token = cue + 1; token < subject; token++) if (!isWord(view, token)) return false
  return true
}

export function leadingStatements(view: ParagraphView, first: number, last: number, quoted: Uint8Array, claimed: Uint8Array): StatementDraft[] {
  const end = contentEnd(view, last)
  const leads: Lead[] = []
  for (let cue = first + 1; cue < end; cue++) {
    // Most words are no cue: one look-up before the full check.
    if (!hasClass(view, cue, WordClass.speechCue | WordClass.beliefCue)) continue
    const previous = leads.at(-1)
    const lead = leadAt(view, cue, previous === undefined ? first : previous.cue + 1, quoted, claimed)
    // `murderers who confessed at the earliest opportunity`: a cue that reports only a clause or a quotation,
    // with neither after it, is no lead (and must not cut the content of the one before).
    if (lead && clauseOnlyCues.has(lowerAt(view, cue)!) && !opensReport(view, cue + 1) && !hasClause(view, cue + 1, end)) continue
    // `… not new to Chicago - he wrote about it in 1972 - the video shocked him`: a cue in an aside between dashes
    // is the writer's remark inside the content, not a statement that cuts it.
    if (lead && previous && isDash(view, lead.subject.first - 1) && dashAfter(view, cue + 1, end)) continue
    // `Acme said it expects …`: a cue whose subject opens the previous cue's content is part of that content
    // (but `Trump said … and warned …` is a second statement of the same subject).
    if (lead && previous && lead.joint === null && opensContent(view, previous.cue, lead.subject.first)) continue
    // `Shaw said that's what he would expect`: a belief inside reported speech is part of it.
    if (lead && previous && lead.belief && !previous.belief && lead.joint === null) continue
    if (lead) leads.push(lead)
  }
  const drafts: StatementDraft[] = []
  leads.forEach((lead, index) => {
    // Content runs to the next lead's subject, or to the end of the sentence.
    let stop = end
    const following = leads[index + 1]
    if (following) {
      stop = (following.joint ?? following.subject.first) - 1
      while (stop > lead.cue && (isMark(view, stop, ',') || isMark(view, stop, ';') || wordIs(view, stop, 'but') || wordIs(view, stop, 'and') || wordIs(view, stop, 'while'))) stop--
    }
    let start = lead.cue + 1
    let sawThat = false
    // `said in a statement that`, `told reporters that`, `said on Tuesday that`.
    for (let scan = start; scan < Math.min(stop, lead.cue + maxTailBeforeThat + 1); scan++) {
      // `said that is what …`: `that` before a verb is the content's subject, not its conjunction.
      if (wordIs(view, scan, 'that') && !hasClass(view, scan + 1, WordClass.finiteVerb) && (scan === start || hasClass(view, lead.cue, WordClass.cueWithObject | WordClass.cueWithListener) || hasClass(view, start, WordClass.tailOpener))) {
        start = scan + 1
        sawThat = true
        // `said that, in his view, it failed`: the content starts after the comma.
        if (isMark(view, start, ',') && start < stop) start++
        break
      }
      if (!isWord(view, scan)) break
    }
    if (!sawThat) {
      if (lead.belief) return
      // `said on Sunday it had no evidence`: a tail before a clause with no `that` is the attribution's.
      if (hasClass(view, start, WordClass.tailOpener) && !wordIs(view, start, 'to')) {
        const subject = clauseAfterTail(view, start, stop)
        if (subject !== -1) start = subject
        // `said in an interview with the daily Berlingske Tidende:` introduces what follows; the tail is no content.
        else if (isMark(view, stop, ':') && !hasClause(view, start, stop)) return
      }
      if (hasClass(view, lead.cue, WordClass.cueWithListener) && !wordIs(view, start, 'to')) {
        // `told reporters the plan was dead`: leave a short object out of the content
        // (`…, the campaign told USA TODAY.`: a listener alone is no content).
        // (`told her he was …`: before a clause, `her` is the listener; in `told her family …` a determiner.)
        const listenerPronoun = listenerNouns.has(lowerAt(view, start)!) && (subjectPronouns.has(lowerAt(view, start + 1) ?? '') || wordIs(view, start + 1, 'that') || tokenKind(view, start + 1) === TokenKind.quote)
        const opened = hasClass(view, start, WordClass.determiner) && !listenerPronoun ? start + 1 : start
        let skip = opened
        // Three words at most, or an organization's whole name (`told the U.S. Securities and Exchange Commission he …`).
        let joined = false
        let words = 0
        while (skip <= stop && words < maxListenerWords) {
          const joins = (wordIs(view, skip, 'and') || isMark(view, skip, '&')) && joinsOrganizationName(view, skip)
          if (words >= 3 && !joined && !joins) break
          // `told the Today programme Mr Blair had …`: an honorific opens the next name, the content's subject.
          if (words > 0 && hasClass(view, skip, WordClass.honorific)) break
          if (isWord(view, skip) && !joins && !wordIs(view, skip, 'and') && (isCapitalized(view, skip) || listenerNouns.has(lowerAt(view, skip)!))) {
            skip++
            words++
          } else if (skip > opened && isCapitalized(view, skip - 1) && startsWithDigit(view, skip)) {
            // `told BBC Radio 4's Today programme that …`: a station's number is inside one name.
            joined = true
            skip++
            words++
          } else if (joins) {
            joined = true
            skip++
          } else if (isMark(view, skip, '.') && tokenStart(view, skip) === tokenEnd(view, skip - 1) && isCapitalized(view, skip + 1) && !isSentenceEnd(view, skip)) skip++
          else break
        }
        if (skip > stop) return
        // `told the BBC Michael Howard has …`: the words before a verb are its subject, from the given name on.
        if (skip > opened && hasClass(view, skip, WordClass.finiteVerb)) {
          let name = skip - 1
          while (name > opened && !hasClass(view, name, WordClass.givenName)) name--
          skip = hasClass(view, name, WordClass.givenName) ? name : skip - 1
          // (`… Today programme Mr Blair had …`: an honorific before the name is the subject's.)
          if (skip - 1 > opened && hasClass(view, skip - 1, WordClass.honorific)) skip--
          else if (skip - 2 > opened && isMark(view, skip - 1, '.') && hasClass(view, skip - 2, WordClass.honorific)) skip -= 2
        }
        // (`warned the British and Irish Lions will be …`, `warned the U.S. and …`: no listener ends at a conjunction or inside an abbreviation.)
        if (skip > opened && !wordIs(view, skip, 'and') && !wordIs(view, skip, 'or') && !isMark(view, skip, '.')) start = skip
        // `told a news conference.`, `told BBC Radio 4's Today programme.`: a short object and no clause is only whom it was told.
        // (`told Stenehjem he planned to stay neutral`: a subject pronoun opens a clause that no verb list knows.)
        if (stop - start < maxListenerOnly && !hasClause(view, start, stop) && !hasSubjectPronoun(view, start, stop) && !isQuoteAt(view, start) && !quoteWithin(view, start, stop - start)) return
      }
      // `…, Cruz, Wilkin said during his campaign speech.`: after a clause and a comma, a cue's tail with no clause
      // in it is no content (but `However, an M&S spokesman said on Sunday it had no evidence` has one).
      // (`CNN reported at least six planes …` opens with no phrase: `at least` is no tail.)
      const phraseAfterOpener = hasClass(view, start + 1, WordClass.determiner) || isCapitalized(view, start + 1) || tokenKind(view, start + 1) === TokenKind.number
      if (hasClass(view, start, WordClass.tailOpener) && phraseAfterOpener && isMark(view, lead.subject.first - 1, ',') && lead.subject.first - 1 > first && !hasClause(view, start, stop)) return
      if (isMark(view, start, ':') || isMark(view, start, ',')) start++
      else if (!isWord(view, start) && tokenKind(view, start) !== TokenKind.quote && tokenKind(view, start) !== TokenKind.number) return
    }
    if (start > stop) return
    // `The ferry line will add a night crossing`: `add` reports a clause or a quotation, not an object.
    if (!sawThat && clauseOnlyCues.has(lowerAt(view, lead.cue)!) && tokenKind(view, start) !== TokenKind.quote && !hasClause(view, start, stop)) return
    // `Sanders, who had said he would debate, criticized …`: reported speech in a relative clause ends with the clause.
    if (wordIs(view, lead.subject.first, 'who') && lead.subject.first === lead.subject.last && isMark(view, lead.subject.first - 1, ',')) {
      for (let token = start + 1; token < stop; token++) {
        if (isMark(view, token, ',') && quoted[token] !== 1) {
          stop = token - 1
          break
        }
      }
    }
    // `Ms. Epstein agreed, and Trump left`: a clause that opens with a conjunction is not what the cue reports.
    if (hasClass(view, start, WordClass.sentenceConjunction)) return
    // `…, "You fit it with other tragedies …"`: a quotation after a comma is a statement of its own.
    for (let token = start + 2; token < stop; token++) {
      if (isMark(view, token, ',') && tokenKind(view, token + 1) === TokenKind.quote && claimed[token + 1] === 1) {
        stop = token - 1
        // `…,'' adding, ''…''`: the participle that introduces that quotation goes with it.
        if (isCue(view, stop) && lowerAt(view, stop)!.endsWith('ing') && stop - 1 > start) stop--
        break
      }
    }
    // `When Francis said Mr. Trump "is not Christian" …, the pope …`: a cue in an opening clause reports only up to its comma.
    const opening = sentenceStart(view, lead.cue)
    if (hasClass(view, opening, WordClass.subordinator) || (hasClass(view, opening, WordClass.sentenceConjunction) && hasClass(view, opening + 1, WordClass.subordinator))) {
      for (let token = start + 1; token < stop; token++) {
        if (isMark(view, token, ',') && quoted[token] !== 1) {
          stop = token - 1
          break
        }
      }
    }
    // `…, and Emanuel released …`: a clause with a subject of its own after `, and` is the writer's, and so is
    // `…, and when asked whether …, he said` (but `…, but if all members stick by it, …` is still what was said).
    for (let token = start + 1; token < stop - 1; token++) {
      if (isMark(view, token, ',') && (wordIs(view, token + 1, 'and') || wordIs(view, token + 1, 'but')) && (isCapitalized(view, token + 2) || hasClass(view, token + 2, WordClass.personPronoun) || isAskedAfterAnd(view, token + 1))) {
        stop = token - 1
        break
      }
      // `… to join, and criticized …` (the subject's next act), `…, while 4 in 10 want …` (the writer's contrast),
      // `…: "It's rattling …"` (a quotation of its own).
      const next = lowerAt(view, token + 1)!
      const coordinated = isMark(view, token, ',') && next === 'and' && /^[a-z]+ed$/.test(lowerAt(view, token + 2) ?? '')
      const contrast = isMark(view, token, ',') && hasClass(view, token + 1, WordClass.contentBreaker)
      const quotation = isMark(view, token, ':') && tokenKind(view, token + 1) === TokenKind.quote
      // `… on the refuge - noting that …`: a participle after a dash is the subject's next act, as after a comma.
      const participle = next.endsWith('ing') && isDash(view, token) && !isDash(view, token - 1) && isCue(view, token + 1)
      if (coordinated || contrast || quotation || participle) {
        stop = token - 1
        break
      }
    }
    // A trailing `, according to X` names who reports it.
    let via: Span | null = null
    for (let comma = stop - 2; comma > start; comma--) {
      if (isMark(view, comma, ',') && isAccordingTo(view, comma + 1)) {
        const phrase = phraseAfter(view, comma + 3, stop + 1)
        if (phrase) {
          via = span(view, phrase.first, phrase.last)
          stop = comma - 1
        }
        break
      }
    }
    // `He said Cruz “has courage … those ideas. He’s not only unafraid …”`: a quotation opened in the content runs to its close.
    if (following === undefined && quoted[stop] === 1 && quoted[stop + 1] === 1) {
      let open = stop
      while (open > start && quoted[open - 1] === 1) open--
      if (open > start || tokenKind(view, start) === TokenKind.quote) {
        while (stop + 1 < view.tokenCount && quoted[stop + 1] === 1 && !(tokenKind(view, stop) === TokenKind.quote && stop > open)) stop++
      }
    }
    let words = 0
    for (let token = start; token <= stop; token++) if (isWord(view, token)) words++
    if (words < 2) return
    // `…, the bureau said in a statement.`: a short tail after the cue is no content (the trailing rule reads the sentence).
    // (but `vowed to leave such spending untouched` is an infinitive: the content itself)
    const infinitive = wordIs(view, start, 'to') && hasClass(view, lead.cue, WordClass.infinitiveCue)
    if (!sawThat && !infinitive && hasClass(view, start, WordClass.tailOpener) && words <= 6) return
    const draft: StatementDraft = {
      kind: kindOf(view, start, stop),
      paragraph: view.index,
      content: span(view, start, stop),
      cue: span(view, lead.cue, lead.cue),
      speaker: span(view, lead.subject.first, lead.subject.last),
      via
    }
    const antecedent = wordIs(view, lead.subject.first, 'who') ? antecedentOf(view, lead.subject.first) : null
    if (antecedent !== null) draft.referent = span(view, antecedent.first, antecedent.last)
    drafts.push(draft)
  })
  return drafts
}

/** Whether `and when asked` (a subordinator, then `asked`) stands at `and`. */
function isAskedAfterAnd(view: ParagraphView, and: number): boolean {
  return wordIs(view, and, 'and') && wordIs(view, and + 2, 'asked') && subordinators.has(lowerAt(view, and + 1) ?? '')
}

/** Whether what follows a cue at `token` opens what it reports: `that`, a colon, a comma or a quotation mark. */
function opensReport(view: ParagraphView, token: number): boolean {
  return wordIs(view, token, 'that') || isMark(view, token, ':') || isMark(view, token, ',') || isQuoteAt(view, token)
}

/** Whether a subject pronoun (`he`, `they`, …) stands from `first` to `last`. */
function hasSubjectPronoun(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (hasClass(view, token, WordClass.personPronoun) && subjectPronouns.has(lowerAt(view, token)!)) return true
  return false
}

/** Whether the token is a word or number that opens with a digit (`4's`, `4`). */
function startsWithDigit(view: ParagraphView, token: number): boolean {
  const code = view.text.charCodeAt(tokenStart(view, token) ?? -1)
  return code >= 0x30 && code <= 0x39
}

/** Whether a dash stands from `first` up to `end` (exclusive): the one that closes an aside. */
function dashAfter(view: ParagraphView, first: number, end: number): boolean {
  for (let token = first; token < end; token++) if (isDash(view, token)) return true
  return false
}
