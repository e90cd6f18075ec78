// Pass 1 of the entity stage: each capitalized run becomes a person's name, organizations, a place, or a word kept for later; then names read alone are settled.
import type { Participant } from '@newsdoc/core'
import { demonyms } from '../lexicon/demonyms.js'
import { gazetteer, placeNameEnds, placeNameStarts } from '../lexicon/gazetteer.js'
import { companyDescriptors, companyNameTails, companyNouns, lastOrganizationWords, legalForms, organizationAcronyms } from '../lexicon/organization-suffixes.js'
import { organizationNames, organizationRoleNouns, publicationsAfterThe } from '../lexicon/organization-names.js'
import { generationalSuffixes, genericPossessors, givenNameHonorifics, oneNameTitles, partyMembers, postnominals, thingNameEnds, titleModifiers } from '../lexicon/titles.js'
import type { ParagraphView } from '../statements/paragraph-view.js'
import { hasClass, isCapitalized, isMark, listedAt, lowerAt, sentenceFirst, sentenceLast, sentenceOf, tokenEnd, tokenKind, tokenStart, tokenText, wordIs } from '../statements/paragraph-view.js'
import { TokenKind } from '../text/tokens.js'
import { WordClass, wordClassesOf } from '../lexicon/word-classes.js'
import { givenNames } from '../lexicon/given-names.js'
import { spanHash } from '../text/span-hash.js'
import { acronymShape, genderOfGivenName, isOrganizationAcronym, isOrganizationWord, isPluralOrganizationWord, isPlainName, isPossessiveAt, isShouting, isSpeakerSurname, isTickerPart, isTitleToken, nameWordCount, notSurname, stripPossessive, surnameOf, tokensText } from './name-words.js'
import { appositiveAfter, genderBefore, organizationParts, titledName } from './name-phrases.js'
import { isAmpersandName } from './joined-names.js'
import type { EntityState } from './entity-state.js'
import { addMention, addPlace, describe, field, noteGender, organization, organizationOpenedBy, person } from './entity-state.js'

// The span hashes of the gazetteer's names and the one-word organization names: a word whose hash is not here is neither.
const knownNameHashes: ReadonlySet<number> = new Set([...gazetteer.keys(), ...organizationNames, ...publicationsAfterThe].map((name) => spanHash(name, 0, name.length)))

/** Pass 1 on one capitalized run: a name, an organization, a place, or a word kept for later. */
export function readRun(state: EntityState, view: ParagraphView, runFirst: number, last: number): void {
  let first = runFirst
  // `the Ann Arbor-based Center for Automotive Research`: where a body is based describes it; its name comes after.
  for (let token = last - 1; token >= first; token--) {
    if (!isBasedWord(view, token)) continue
    first = token + 1
    break
  }
  // `Said the Pew report: "…"`: a cue before a determiner is no part of a name either (but `Said Jalili` is a name).
  // (`AT&T` is a name: an ampersand after a word joins it to the next; so is `A.E. Dick Howard`: an initial.)
  while (first <= last && ((hasClass(view, first, WordClass.capitalizedStopword) && !isMark(view, first + 1, '&') && !isInitial(view, first)) || (hasClass(view, first, WordClass.speechCue) && !hasClass(view, first, WordClass.nounLikeCue) && hasClass(view, first + 1, WordClass.determiner)))) first++
  if (first > last) return
  if (first === last) readLoneWord(state, view, first)
  else readNameRun(state, view, first, last)
}

/** One word: a place, a known acronym or alias, or nothing yet (surnames come in pass 2). */
function readLoneWord(state: EntityState, view: ParagraphView, first: number): void {
  // Most such words (sentence openers, surnames) are none: tell without a slice when possible.
  const wordStart = tokenStart(view, first)!
  const wordEnd = tokenEnd(view, first)! - (isPossessiveAt(view.text, tokenEnd(view, first)!) ? 2 : 0)
  // `internet firm Netcraft`, `retail giant Tesco`: the name after a company's description is the company's.
  if (describedAsCompany(view, first) && isTitleCase(view, first)) {
    const word = view.text.slice(wordStart, wordEnd)
    if (!gazetteer.has(word)) {
      state.organizationEvidence.add(word)
      addMention(state, organization(state, word), { text: word, span: { start: wordStart, end: wordEnd } })
      return
    }
  }
  // `DuVernay said`: a surname that speaks names a person now, so that `she` after it can point at her.
  // (Most lone capitalized words open a sentence, `The`, `He`: their classes rule them out before the look-up.)
  if (!hasClass(view, first, notSurname) && state.speakers.get(wordStart) === wordEnd && wordEnd === tokenEnd(view, first) && isSpeakerSurname(view, first) && !organizationNames.has(tokenText(view, first))) {
    // `Trelleborg said it had no plans`: a word that speaks of itself as `it` is a company's name.
    if (state.selfReferring.has(wordStart)) state.organizationEvidence.add(tokenText(view, first))
    state.pendingNames.push({ name: tokenText(view, first), mention: field(view, first, first), gender: undefined, spoken: true, givenName: false, descriptions: [] })
    return
  }
  if (wordEnd === tokenEnd(view, first) && !hasClass(view, first, notSurname)) {
    if (organizationRoleNouns.has(listedAt(view, first + 1) ?? '')) state.organizationEvidence.add(tokenText(view, first))
    // `Brantwell, which supplies the mine's trucks, said`: a speaker phrase that opens with the word.
    if (state.speakers.has(wordStart)) state.spokenWords.add(tokenText(view, first))
  }
  const couldBeAcronym = wordEnd - wordStart >= 2 && wordEnd - wordStart <= 6
  if (state.organizationAliases.size === 0 && !couldBeAcronym && !knownNameHashes.has(spanHash(view.text, wordStart, wordEnd))) return
  const word = stripPossessive(tokenText(view, first))
  const alias = state.organizationAliases.get(word)
  if (alias) addMention(state, alias, field(view, first, first))
  else if (organizationNames.has(word) || (publicationsAfterThe.has(word) && wordIs(view, first - 1, 'the'))) addMention(state, organization(state, word), { text: word, span: { start: wordStart, end: wordEnd } })
  else if (gazetteer.has(word)) addPlace(state, word, { start: tokenStart(view, first)!, end: tokenStart(view, first)! + word.length })
  else if (word.length >= 2 && word.length <= 6 && isOrganizationAcronym(view, word) && (organizationAcronyms.has(word) || !demonyms.has(word.toLowerCase())) && !isTickerPart(view, first)) {
    addMention(state, organization(state, word), field(view, first, first))
  }
}

/**
 * Whether the name from `first` to `last` (as `bare`, possessive stripped)
 * ends with a country (`Statistics Canada`), or is a place and a known
 * organization's one-word name (`U.S. Treasury`, `British Treasury`).
 */
function endsWithOrganizationOrCountry(view: ParagraphView, first: number, last: number, bare: string): boolean {
  const lastWord = stripPossessive(tokenText(view, last))
  // (`Manaspas Xuto of Thailand` is a person of that country.)
  if (gazetteer.get(lastWord)?.kind === 'country' && !wordIs(view, last - 1, '.') && !wordIs(view, last - 1, 'of')) return true
  if (!organizationNames.has(lastWord)) return false
  const place = bare.slice(0, bare.length - lastWord.length).trimEnd()
  return gazetteer.has(place) || demonyms.has(place.toLowerCase())
}

/**
 * The first words of the article's organizations' names that could stand
 * for them alone (`Sky` of `Sky News`, `Halvern` of `Halvern Pharmaceutical
 * Corp`), each with its organization, or null when several share it: not a
 * place, a nationality, a given name, a title or a person's surname here
 * (`Bush` of `Bush Administration` stays George W Bush).
 */
function brandsOf(state: EntityState, surnames: ReadonlyMap<string, Participant>): Map<string, Participant | null> {
  const brands = new Map<string, Participant | null>()
  for (const { participant } of state.organizations.values()) {
    const space = participant.name.indexOf(' ')
    if (space < 2) continue
    const word = participant.name.slice(0, space)
    const lower = word.toLowerCase()
    if (surnames.has(word) || gazetteer.has(word) || demonyms.has(lower) || givenNames.has(lower) || (wordClassesOf(lower) & brandlessClasses) !== 0 || !/^[A-Z][a-z]/.test(word)) continue
    brands.set(word, brands.has(word) ? null : participant)
  }
  return brands
}

// Classes of first words that name no organization by themselves (`The …`, `National …`, `Federal …` are titles or function words).
const brandlessClasses = WordClass.capitalizedStopword | WordClass.determiner | WordClass.titleWord | WordClass.organizationSuffix | WordClass.connector

/** Whether the token is one capital letter with a period right after it and a capital after that (`A.E.`). */
function isInitial(view: ParagraphView, token: number): boolean {
  return tokenEnd(view, token)! - tokenStart(view, token)! === 1 && isMark(view, token + 1, '.') && tokenStart(view, token + 1) === tokenEnd(view, token) && isCapitalized(view, token + 2)
}

/**
 * Whether the token is a listed given name as names are written: `Martin`,
 * not the `MARTIN` of an all-capitals headline (`MARTIN MARIETTA <ML>`),
 * where every word looks like one.
 */
function isGivenName(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.givenName) && isTitleCase(view, token)
}

/** Whether the tokens from `first` to `last` are honorifics and their periods only (`Mr.`, `Dr`), or none. */
function onlyHonorifics(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (!hasClass(view, token, WordClass.honorific) && !wordIs(view, token, '.')) return false
  return true
}

/** Whether the token is the first of its sentence. */
function opensSentence(view: ParagraphView, token: number): boolean {
  return sentenceFirst(view, sentenceOf(view, token)) === token
}

/**
 * Whether the word before `token` describes a company (`internet firm`,
 * `the carmaker`, `Carmaker` opening a sentence), and a general one not
 * right after a determiner (in `the company Smith founded`, `Smith` is no
 * company).
 */
function describedAsCompany(view: ParagraphView, token: number): boolean {
  const descriptor = token - 1
  // (Most words have neither description before them: tell that first.)
  const listed = listedAt(view, descriptor)
  const based = listed === undefined && isBasedWord(view, descriptor)
  if (!based && (listed === undefined || !companyDescriptors.has(listed))) return false
  if (hasClass(view, token, notCompanyName) || isGivenName(view, token) || partyMembers.has(lowerAt(view, token)!)) return false
  // `London-based Barclays`.
  if (based) return true
  // Capitalized, the description opens the sentence, and is one no name starts with (`Carmaker`, not `Bank` of `Bank Leumi`).
  if (isCapitalized(view, descriptor) && !(opensSentence(view, descriptor) && isTitleCase(view, descriptor) && !companyNouns.has(listedAt(view, descriptor)!))) return false
  return descriptor === 0 || !companyNouns.has(listedAt(view, descriptor)!) || !hasClass(view, descriptor - 1, WordClass.determiner)
}

/** Whether the token is a word that says where something is based (`London-based`, `Ann Arbor-based`). */
function isBasedWord(view: ParagraphView, token: number): boolean {
  if (token < 0 || token >= view.tokenCount) return false
  const end = tokenEnd(view, token)!
  return end - tokenStart(view, token)! > 6 && view.text.charCodeAt(end - 6) === 0x2d && view.text.slice(end - 5, end).toLowerCase() === 'based'
}

// Words that open no company's name after its description (`channel Republican nominee Donald Trump`).
const notCompanyName = WordClass.demonym | WordClass.titleWord | WordClass.honorific | notSurname

// Words of an owner's name before its possessive (`Skandinaviska Enskilda Bank's`).
const maxOwnerWords = 3

/** Whether a capitalized word opens its sentence only as a word would (`The`, `A`), not as part of a name. */
function opensSentenceAsDescription(view: ParagraphView, token: number): boolean {
  return hasClass(view, token, WordClass.capitalizedStopword | WordClass.determiner)
}

/** Whether the token ends as a past tense does (`Endorsed`, `Slammed`), five letters or more: no given name in a headline. */
function endsLikePastTense(view: ParagraphView, token: number): boolean {
  const end = tokenEnd(view, token)!
  return end - tokenStart(view, token)! >= 5 && view.text.charCodeAt(end - 1) === 0x64 && view.text.charCodeAt(end - 2) === 0x65
}

/** Whether most words of the token's sentence are capitalized, as in a headline set in title case. */
function inTitleCaseSentence(view: ParagraphView, token: number): boolean {
  const sentence = sentenceOf(view, token)
  let words = 0
  let capitalized = 0
  for (let each = sentenceFirst(view, sentence); each <= sentenceLast(view, sentence); each++) {
    if (tokenKind(view, each) !== TokenKind.word) continue
    words++
    if (isCapitalized(view, each)) capitalized++
  }
  return capitalized * 3 > words * 2
}

/** Whether a description before a name says more than a modifier does (`National` of `National Historic Landmark`). */
function describesPerson(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (!titleModifiers.has(lowerAt(view, token) ?? '')) return true
  return false
}

/** Whether a given name stands among the tokens (`Mike` of `DJ Mike Read`). */
function holdsGivenName(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (isGivenName(view, token)) return true
  return false
}

/** Whether every token from `first` to `last` is a capitalized word. */
function allCapitalized(view: ParagraphView, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (!isCapitalized(view, token)) return false
  return true
}

/** Whether the word's second letter is not an ASCII capital: `Martin`, `Says`, not `MARTIN` or `SAYS`. */
function isTitleCase(view: ParagraphView, token: number): boolean {
  const second = view.text.charCodeAt(tokenStart(view, token)! + 1)
  return !(second >= 0x41 && second <= 0x5a)
}

/**
 * The `of` after a full name that opens the run (two or three capitalized
 * words from a given name on, none an organization word), before a place or
 * a body (`of Texas`, `of CNN`, `of the …`, a name with an organization
 * word); -1 when there is none. `Lord Nicholls of Birkenhead` keeps its
 * `of` (one word before it is a peer's title, not a full name), and so does
 * `Thomas Built Buses of High Point` (an unknown place after a company).
 * A `for` there is returned whatever follows it (`Michael Mann for Collateral`).
 */
function fullNameBeforeOf(view: ParagraphView, nameFirst: number, last: number): number {
  if (!isGivenName(view, nameFirst)) return -1
  for (let of = nameFirst + 2; of <= Math.min(nameFirst + 3, last - 1); of++) {
    const isFor = wordIs(view, of, 'for')
    if (!isFor && !wordIs(view, of, 'of')) continue
    for (let token = nameFirst; token < of; token++) if (!isCapitalized(view, token) || isOrganizationWord(view, token)) return -1
    // `Michael Mann for Collateral`, `David Arquette for HBO`: what a person is named for is read alone.
    if (isFor || wordIs(view, of + 1, 'the')) return of
    for (let token = of + 1; token <= last; token++) if (isOrganizationWord(view, token)) return of
    const after = stripPossessive(tokensText(view, of + 1, last))
    if (gazetteer.has(after) || organizationNames.has(after) || (of + 1 === last && isOrganizationAcronym(view, after))) return of
    return -1
  }
  return -1
}

/** Several words: an organization, a place, or a person's name with what the text says of them. */
function readNameRun(state: EntityState, view: ParagraphView, first: number, last: number): void {
  // A title or demonym before the name describes it: `Chinese top diplomat Wang Yi`.
  let descriptorStart = first
  while (descriptorStart - 1 >= 0 && isTitleToken(view, descriptorStart - 1) && !isMark(view, descriptorStart - 1, ',')) descriptorStart--
  // `Keldmoor's chief executive Omar Reyes`, `Planned Parenthood's president`: whose title it is, when a name says so
  // (not `Children's author Judy Blume`, a kind of author).
  const owner = descriptorStart - 1
  if (descriptorStart < first && owner >= 0 && isCapitalized(view, owner) && isPossessiveAt(view.text, tokenEnd(view, owner)!) && !hasClass(view, owner, WordClass.personPronoun) && !genericPossessors.has(stripPossessive(lowerAt(view, owner)!))) {
    descriptorStart = owner
    while (descriptorStart - 1 >= 0 && owner - descriptorStart < maxOwnerWords && isCapitalized(view, descriptorStart - 1) && !opensSentenceAsDescription(view, descriptorStart - 1)) descriptorStart--
  }
  let nameFirst = first
  while (nameFirst < last && isTitleToken(view, nameFirst) && !hasClass(view, last, WordClass.organizationSuffix)) nameFirst++
  // `House Speaker Paul Ryan`, `Secretary of State John Kerry`, `Atlantic City Mayor Don Guardian`:
  // a title inside the run ends the description, and the name after it is a person's.
  const titled = titledName(view, nameFirst, last)
  if (titled !== -1) nameFirst = titled
  // `Mr. Amar`: the abbreviation's period belongs to the title, not the name.
  while (nameFirst < last && wordIs(view, nameFirst, '.')) nameFirst++
  // `Paul Boateng MP`, `Guy Mansfield QC`: the letters after a name are no part of it (and `Tory MP` names no one).
  if (last > nameFirst && tokenEnd(view, last)! - tokenStart(view, last)! <= 3 && postnominals.has(tokenText(view, last))) {
    if (last - 1 > first) readNameRun(state, view, first, last - 1)
    return
  }
  // `Trevor Noah Says Trump …`: in a headline in title case, a cue after a name ends it. The rest is
  // left unread: in title case every word looks like a name (`Says Trump May Not Have …`).
  // Not a cue that is also a noun (`World Business Report`, `EU Member States`), nor an all-capitals one, and only after
  // capitalized words (`Stephen Candillon of Respond` names a company `Respond`).
  // The name must look like one on its own: two or three words from a given name on, none an auxiliary
  // (`Lena Dunham Has Said`, `CNN Just Said`, `Trump May Not Have Said` name no one).
  if (isGivenName(view, nameFirst)) {
    for (let cue = nameFirst + 2; cue <= Math.min(last, nameFirst + 3); cue++) {
      if (!hasClass(view, cue, WordClass.speechCue) || hasClass(view, cue, WordClass.nounLikeCue) || !isTitleCase(view, cue)) continue
      if (!allCapitalized(view, nameFirst, cue - 1) || hasClass(view, cue - 1, WordClass.cueAuxiliary)) break
      readNameRun(state, view, first, cue - 1)
      return
    }
  }
  // `Stuart Hensel of the Economist Intelligence Unit`, `Doug Williams of BT`: a full name, then what it is of.
  const of = fullNameBeforeOf(view, nameFirst, last)
  if (of !== -1) {
    readNameRun(state, view, first, of - 1)
    readRun(state, view, wordIs(view, of + 1, 'the') ? of + 2 : of + 1, last)
    return
  }
  const written = tokensText(view, nameFirst, last)
  const bare = stripPossessive(written)
  // Where `bare` ends in the input: `written` is folded (`White  House` reads `White House`), so count from the end.
  const bareEnd = tokenEnd(view, last)! - (written.length - bare.length)
  const knownAlias = state.organizationAliases.size === 0 ? undefined : state.organizationAliases.get(bare)
  if (knownAlias && (nameFirst === last || nameFirst === first)) {
    addMention(state, knownAlias, field(view, nameFirst, last))
    return
  }
  if (nameFirst === first && organizationNames.has(bare)) {
    addMention(state, organization(state, bare), { text: bare, span: { start: tokenStart(view, first)!, end: bareEnd } })
    return
  }
  // `Department of Justice`, `Bank of England`, `Office for National Statistics`: an organization word and its `of` phrase
  // (and `British Chambers of Commerce`: a plural one after a nationality, though `Chambers` alone may be a surname).
  const headOf = nameFirst > first && hasClass(view, first, WordClass.demonym) && nameFirst - first === 1 ? nameFirst : first
  if (titled === -1 && (wordIs(view, headOf + 1, 'of') || wordIs(view, headOf + 1, 'for')) && (isOrganizationWord(view, headOf) || isPluralOrganizationWord(view, headOf)) && isOfPhrase(view, headOf, last)) {
    const whole = tokensText(view, first, last)
    const name = stripPossessive(whole)
    addMention(state, organization(state, name), { text: name, span: { start: tokenStart(view, first)!, end: tokenEnd(view, last)! - (whole.length - name.length) } })
    return
  }
  let hasSuffix = false
  if (titled === -1) for (let token = first + 1; token <= last; token++) if (isOrganizationWord(view, token)) hasSuffix = true
  // `Commerzbank AG`, `Warburg Securities`.
  if (titled === -1 && last > first && isCapitalized(view, last) && lastOrganizationWords.has(listedAt(view, last) ?? '')) hasSuffix = true
  // An acronym is one short word: most names are passed over without the look-ups.
  const short = bare.length <= 6
  if (hasSuffix || (short && organizationAcronyms.has(bare)) || (short && isOrganizationAcronym(view, bare) && !gazetteer.has(bare))) {
    readOrganizations(state, view, first, last)
    return
  }
  // `Procter & Gamble`, `Johnson & Johnson`: a company, though its words may be a person's.
  if (titled === -1 && nameFirst === first && isAmpersandName(view, first, last)) {
    addMention(state, organization(state, bare), { text: bare, span: { start: tokenStart(view, first)!, end: bareEnd } })
    return
  }
  // `Ludacris & Lil Jon`, `Facebook & Google`: two names, each read alone.
  for (let token = first + 1; token < last; token++) {
    if (!isMark(view, token, '&')) continue
    readRun(state, view, first, token - 1)
    readRun(state, view, token + 1, last)
    return
  }
  if (knownNameHashes.has(spanHash(bare, 0, bare.length)) && gazetteer.has(bare)) {
    addPlace(state, bare, { start: tokenStart(view, nameFirst)!, end: bareEnd })
    return
  }
  // `Labour's Paul Flynn`, `Michael Moore's Fahrenheit`: a possessive inside the run ends one name; each part is read alone.
  for (let token = nameFirst; token < last; token++) {
    if (!isPossessiveAt(view.text, tokenEnd(view, token)!)) continue
    readRun(state, view, first, token)
    readRun(state, view, token + 1, last)
    return
  }
  // `internet firm Web Side Story`, `Carmaker Maruti Udyog said`: the name after a company's description is the company's.
  const companyFirst = nameFirst !== first ? -1 : describedAsCompany(view, first) ? first : opensSentence(view, first) && describedAsCompany(view, first + 1) ? first + 1 : -1
  if (companyFirst !== -1 && isCapitalized(view, companyFirst) && !isShouting(view) && !gazetteer.has(stripPossessive(tokensText(view, companyFirst, last)))) {
    const name = stripPossessive(tokensText(view, companyFirst, last))
    state.organizationEvidence.add(name)
    addMention(state, organization(state, name), { text: name, span: { start: tokenStart(view, companyFirst)!, end: bareEnd } })
    return
  }
  // `Sprinter Kelly Holmes won …`, `Musician Alan Wass was …`: a word capitalized only because it opens
  // the sentence describes the person named from the given name after it, who has a surname
  // (`Landon Thomas Jr.` is one name). Not `McDonnell Douglas Corp`, an organization by now, nor
  // `San Diego Gas`, whose first words are a place.
  if (nameFirst === first && last - first >= 2 && opensSentence(view, first) && !isGivenName(view, first) && isGivenName(view, first + 1) && isPlainName(view, first + 1, last) && (last - first >= 3 || !generationalSuffixes.has(lowerAt(view, last)!)) && !placeNameStarts.has(listedAt(view, first) ?? '') && !gazetteer.has(tokensText(view, first, first + 1))) {
    readNameRun(state, view, first + 1, last)
    return
  }
  // `Madison County`, `Hilton Head Island`: a place's name, though it may open with a given name.
  // `President of the United States`: what follows a title there is a phrase, not a name.
  const lastWord = stripPossessive(lowerAt(view, last)!)
  if (placeNameEnds.has(lastWord) || thingNameEnds.has(lastWord) || (hasClass(view, nameFirst, WordClass.connector) && !isCapitalized(view, nameFirst))) return
  const words = nameWordCount(bare)
  const titleBefore = wordIs(view, nameFirst - 1, '.') ? nameFirst - 2 : nameFirst - 1
  const honorific = hasClass(view, nameFirst, WordClass.honorific) || hasClass(view, titleBefore, WordClass.honorific)
  // `Mr. Amar`: after an honorific one word is a name (but not a title: `the Lord Chancellor`), and so
  // it is after a title that makes a role (`Energy Minister Subroto`, `President Reagan`).
  const titledWord = honorific || (nameFirst > first && oneNameTitles.has(lowerAt(view, titleBefore) ?? '') && isSpeakerSurname(view, nameFirst))
  const named = words > 0 && (words >= 2 || (titledWord && !hasClass(view, nameFirst, WordClass.titleWord))) && words <= 4
  // In a line in capitals every word looks like a name (`TURKISH RETAIL PRICES RISE`): the body names the people.
  if (!named || (!isTitleCase(view, nameFirst) && isShouting(view))) return
  // A headline in title case capitalizes its verbs too: `This Big-Name Senator Endorsed Trump` names no `Endorsed Trump`.
  // (Nor does `The Party Did Something Odd` name `Did Something Odd`: an auxiliary opens no name.)
  if ((hasClass(view, nameFirst, WordClass.cueAuxiliary) || endsLikePastTense(view, nameFirst)) && !isGivenName(view, nameFirst) && (view.index === -1 || inTitleCaseSentence(view, nameFirst))) return
  // Read once: it is evidence, and then the descriptions.
  const appositive = appositiveAfter(view, last)
  // A name right after the cue of a statement whose speaker it is (`…," said Tomas Ekberg, co-author …`) is a person's.
  const spokenName = state.speakers.get(tokenStart(view, nameFirst)!) === tokenEnd(view, last) && hasClass(view, first - 1, WordClass.speechCue) && isPlainName(view, nameFirst, last)
  const personEvidence = honorific || isGivenName(view, nameFirst) || appositive !== null || hasClass(view, last + 1, WordClass.speechCue) || spokenName
  const evidence = descriptorStart < nameFirst || personEvidence
  if (!evidence) return
  // `Statistics Canada said`, `The U.S. Treasury said`: a name that ends with a country, or a known
  // organization's name after a place, is an organization's (no person is named so).
  if (nameFirst === first && !isGivenName(view, nameFirst) && endsWithOrganizationOrCountry(view, nameFirst, last, bare)) {
    addMention(state, organization(state, bare), { text: bare, span: { start: tokenStart(view, first)!, end: bareEnd } })
    return
  }
  // `Walker Energy said` after `Walker Energy Partners`: the start of an organization's name is that organization
  // (not a person's name: `Joyce Wein` of the `Joyce Wein Jazz & Heritage Center`).
  const started = nameFirst === first && !isGivenName(view, nameFirst) ? organizationOpenedBy(state, bare) : undefined
  if (started) {
    if (!started.aliases.includes(bare)) started.aliases.push(bare)
    addMention(state, started, { text: bare, span: { start: tokenStart(view, first)!, end: bareEnd } })
    return
  }
  // `San Diego Gas`, `Las Vegas Sun`: a name that opens as a place's does is no person's.
  if (placeNameStarts.has(listedAt(view, nameFirst) ?? '') && !isGivenName(view, nameFirst)) return
  const gender = genderBefore(view, descriptorStart, nameFirst)
  // `Archbishop of Canterbury Dr Rowan Williams`: an honorific between a description and the name is
  // no part of the description (alone, `Dr` or `Sir` is all the description there is, and stays).
  let descriptorEnd = nameFirst - 1
  if (isMark(view, descriptorEnd, '.')) descriptorEnd--
  if (descriptorEnd > descriptorStart && hasClass(view, descriptorEnd, WordClass.honorific)) descriptorEnd--
  else descriptorEnd = nameFirst - 1
  const described = descriptorStart < nameFirst && !(words === 1 && onlyHonorifics(view, descriptorStart, nameFirst - 1))
  const descriptions = described ? [tokensText(view, descriptorStart, descriptorEnd), ...(appositive ?? [])] : (appositive ?? [])
  // A description makes a person only when it says more than a modifier: `National` alone describes the `National
  // Register of Historic Places`, no one (though `a senior U.S. Treasury official` still names the Treasury, above).
  if (!personEvidence && descriptorStart < nameFirst && !describesPerson(view, descriptorStart, nameFirst - 1) && !holdsGivenName(view, nameFirst, last)) return
  if (words === 1) {
    // `Mr. Trump` may be the `Donald J. Trump` of another paragraph: decided after this pass. What a title
    // says of them goes with them (`Energy Minister Subroto`), an honorific alone does not (`Mr Blair`).
    state.pendingNames.push({ name: bare, mention: field(view, nameFirst, last), gender, spoken: false, givenName: givenNameHonorifics.has(lowerAt(view, titleBefore) ?? ''), descriptions })
    return
  }
  const participant = person(state, bare)
  noteGender(state, participant, gender ?? genderOfGivenName(listedAt(view, nameFirst) ?? ''))
  addMention(state, participant, field(view, nameFirst, last))
  for (const description of descriptions) describe(participant, description)
}

/**
 * Whether a capitalized legal form (`Co`, `Inc`) stands one or two words
 * before the run's last, after its first, and only legal forms and words that
 * end company names follow it (`Co Consolidated`, `Corp International`, `Co LP`;
 * not in a line in capitals, where every word is capitalized).
 */
function hasLegalFormNearEnd(view: ParagraphView, first: number, last: number): boolean {
  for (let token = last - 1; token > first && token >= last - 2; token--) {
    if (!isCapitalized(view, token) || !legalForms.has(listedAt(view, token) ?? '')) continue
    if (isShouting(view)) return false
    for (let after = token + 1; after <= last; after++) if (!isCapitalized(view, after) || !(legalForms.has(listedAt(view, after) ?? '') || companyNameTails.has(lowerAt(view, after)!))) return false
    return true
  }
  return false
}

/** The organizations of a run with an organization word or acronym (`Communist Party of China (CPC)`). */
function readOrganizations(state: EntityState, view: ParagraphView, first: number, last: number): void {
  const parts = organizationParts(view, first, last)
  // `Coca-Cola Bottling Co Consolidated`: a legal form a word or two before the end is inside the company's name.
  if (parts.length === 0 && hasLegalFormNearEnd(view, first, last)) parts.push([first, last])
  for (const [orgFirst, orgLast] of parts) {
    const name = stripPossessive(tokensText(view, orgFirst, orgLast))
    if (name.split(' ').length < 2 && !isOrganizationAcronym(view, name)) continue
    const participant = organization(state, name)
    addMention(state, participant, field(view, orgFirst, orgLast))
    // `Communist Party of China (CPC)`: the bracketed acronym is an alias.
    if (isMark(view, orgLast + 1, '(') && isMark(view, orgLast + 3, ')') && acronymShape.test(tokenText(view, orgLast + 2))) {
      const acronym = tokenText(view, orgLast + 2)
      if (!participant.aliases.includes(acronym)) participant.aliases.push(acronym)
      state.organizationAliases.set(acronym, participant)
      addMention(state, participant, field(view, orgLast + 2, orgLast + 2))
    }
  }
}

/** After pass 1: names read alone become participants, and who may stand alone for whom is settled. */
export function settleNames(state: EntityState): void {
  // `Mr. Amar` alone is a person of that name, unless a full name ends with it.
  const surnames = new Map<string, Participant>()
  // `Sir Paul` after `Sir Paul McCartney`: the given name of one full name only.
  const givenNames = new Map<string, Participant | null>()
  // Surnames that two of the article's people share (`Clinton`): what is said of one, by title, may be the other's.
  const shared = new Set<string>()
  for (const { participant } of state.people.values()) {
    const surname = surnameOf(participant.name)
    if (surname !== null && surnames.has(surname)) shared.add(surname)
    if (surname !== null && !surnames.has(surname)) surnames.set(surname, participant)
    const space = participant.name.indexOf(' ')
    if (space === -1) continue
    const given = participant.name.slice(0, space)
    givenNames.set(given, givenNames.has(given) ? null : participant)
  }
  // Made on first need: most articles have no spoken lone name that no full name explains.
  let brands: Map<string, Participant | null> | null = null
  for (const { name, mention, gender, spoken, givenName, descriptions } of state.pendingNames) {
    const full = surnames.get(name) ?? (givenName ? (givenNames.get(name) ?? undefined) : undefined)
    if (full && !full.aliases.includes(name)) full.aliases.push(name)
    // `Sky said` in a story of `Sky News` and `Sky Networks`, `Halvern said` after `Halvern Pharmaceutical Corp`.
    const brand = spoken && full === undefined ? (brands ??= brandsOf(state, surnames)).get(name) : undefined
    if (brand && !brand.aliases.includes(name)) {
      // Its other mentions (`a Keldmoor spokesman`) come in pass 2.
      brand.aliases.push(name)
      state.organizationAliases.set(name, brand)
    }
    const participant = full ?? (brand !== undefined ? (brand ?? organization(state, name)) : spoken && state.organizationEvidence.has(name) ? organization(state, name) : person(state, name))
    noteGender(state, participant, gender)
    addMention(state, participant, mention)
    if (participant.kind === 'person' && !shared.has(name)) for (const description of descriptions) describe(participant, description)
  }
  // Its mentions come in pass 2, as those of any one-word organization name.
  for (const word of state.spokenWords) if (state.organizationEvidence.has(word) && !state.people.has(word)) organization(state, word)

  for (const { participant } of state.people.values()) {
    const alias = surnameOf(participant.name)
    if (alias !== null && !state.aliasOwner.has(alias)) state.aliasOwner.set(alias, participant)
  }
  for (const { participant } of state.organizations.values()) {
    for (const alias of participant.aliases) state.aliasOwner.set(alias, participant)
    // A one-word name (`Gazprom`) stands for its organization wherever it is not a mention yet (`a Gazprom spokesman`).
    if (organizationNames.has(participant.name) || state.organizationEvidence.has(participant.name)) state.aliasOwner.set(participant.name, participant)
  }
}

/**
 * Whether the run after its first word is an `of`/`for` phrase with no other
 * organization word and no possessive (`Department of Justice`, but not
 * `Bank of England's Monetary Policy Committee`, two names), and not an
 * all-capitals headline.
 */
function isOfPhrase(view: ParagraphView, first: number, last: number): boolean {
  if (isShouting(view)) return false
  for (let token = first + 1; token <= last; token++) if (isOrganizationWord(view, token) || isPossessiveAt(view.text, tokenEnd(view, token)!)) return false
  return !isPossessiveAt(view.text, tokenEnd(view, first)!)
}
