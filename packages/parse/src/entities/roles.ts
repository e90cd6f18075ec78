// A person's role from a description: title and affiliation.
import type { Role } from '@newsdoc/core'
import { demonyms } from '../lexicon/demonyms.js'
import { gazetteer } from '../lexicon/gazetteer.js'
import { relativeWords, roleLinks, titleStops } from '../lexicon/function-words.js'
import { compoundTitles, honorifics, roleHeads } from '../lexicon/titles.js'

/**
 * Split a description into a role: `Russian President` → President of
 * Russia; `secretary of the Security Council of the Russian Federation` →
 * secretary of that council; `Chinese top diplomat` → top diplomat of China.
 */
export function roleOf(description: string): Role | null {
  const words = description.split(' ')
  // `Thailand's Prime Minister`, `Microsoft's chief executive`: the possessor is the affiliation.
  const owner = words.length > 1 ? possessor(words[0]!) : null
  if (owner !== null) {
    const role = roleOf(words.slice(1).join(' '))
    return role === null ? null : { title: role.title, affiliation: role.affiliation ?? owner }
  }
  // `Former Secretary of State`, `Russian Chief of Staff`: the whole office is the title.
  const lowered = description.toLowerCase()
  if (compoundTitles.some((title) => lowered.endsWith(title) && (lowered.length === title.length || lowered.charCodeAt(lowered.length - title.length - 1) === 0x20))) {
    const country = words.length > 1 ? demonyms.get(words[0]!.toLowerCase()) : undefined
    return { title: country ? words.slice(1).join(' ') : description, affiliation: country ?? null }
  }
  // (A title is short and holds no clause: in `pollster who conducted focus groups with voters`, `with` links nothing.)
  const of = words.findIndex((word, index) => index > 0 && index <= maxTitleWords && roleLinks.has(word) && !relativeWords.has(word))
  if (of > 0 && !words.slice(0, of).some((word) => relativeWords.has(word))) {
    if (!words.slice(0, of).some((word) => roleHeads.has(word.toLowerCase()))) return null
    const rest = words[of + 1] === 'the' ? of + 2 : of + 1
    // `executive vice president of marketing`, `manager of business development for Repligen`: after `of` or `for`, a
    // function in lower case (no article, no name) belongs to the title; the body, if any, is named after the next link
    // (but `founder of the company Theranos` and `chairman of consultancy firm Strategic Aviation Solutions` name it).
    if ((words[of] === 'of' || words[of] === 'for') && rest === of + 1 && /^[a-z]/.test(words[rest] ?? '')) {
      const link = words.findIndex((word, index) => index > rest && roleLinks.has(word) && /^(?:[A-Z]|the$|an?$)/.test(words[index + 1] ?? ''))
      const functionEnd = link === -1 ? words.length : link
      if (!words.slice(rest, functionEnd).some((word) => /^[A-Z]/.test(word))) {
        if (link === -1) return { title: description, affiliation: null }
        const body = words[link + 1] === 'the' ? link + 2 : link + 1
        return { title: words.slice(0, link).join(' '), affiliation: withoutTicker(words.slice(body).join(' ')) }
      }
    }
    return { title: words.slice(0, of).join(' '), affiliation: withoutTicker(words.slice(rest).join(' ')) || null }
  }
  let affiliation: string | null = null
  const titleWordsOnly: string[] = []
  for (const word of words) {
    const country = demonyms.get(word.toLowerCase())
    if (country && affiliation === null && titleWordsOnly.length === 0) affiliation = country
    else if (!honorifics.has(word.toLowerCase().replace(/\.$/, ''))) titleWordsOnly.push(word)
  }
  // `lawyer in Orlando who specializes in …`, `former C.I.A. director and a top general`: the title ends with the last
  // title word before a preposition, a relative word or an `and` that starts a clause.
  const stop = titleWordsOnly.findIndex((word, index) => index > 0 && (titleStops.has(word) || relativeWords.has(word) || (word === 'and' && !/^[A-Z]/.test(titleWordsOnly[index + 1] ?? ''))))
  const scope = stop === -1 ? titleWordsOnly : titleWordsOnly.slice(0, stop)
  let lastHead = -1
  scope.forEach((word, index) => {
    if (roleHeads.has(word.toLowerCase())) lastHead = index
  })
  // (A long description is no title: `said he sees someone … needed to serve as commander in chief`.)
  if (lastHead === -1 || lastHead >= maxRoleWords) return null
  return { title: scope.slice(0, lastHead + 1).join(' '), affiliation }
}

/** The capitalized name before a possessive `'s` (`Thailand` of `Thailand's`), else null. */
function possessor(word: string): string | null {
  if (word.length < 4 || !(word.endsWith("'s") || word.endsWith('’s'))) return null
  const code = word.charCodeAt(0)
  if (!(code >= 0x41 && code <= 0x5a)) return null
  // (A place by its canonical name: `Britain's` is the United Kingdom's.)
  const name = word.slice(0, -2)
  return gazetteer.get(name)?.name ?? name
}

// The most words a title has before the body it is held in (`senior vice president for public affairs`).
const maxTitleWords = 5

// The most words of a title with no body after it (`U.S. House Ways and Means Committee Chairman`).
const maxRoleWords = 8

/** The affiliation without a stock ticker after it (`Revlon Group Inc <REV>`). */
function withoutTicker(affiliation: string): string {
  const open = affiliation.lastIndexOf(' <')
  return open !== -1 && affiliation.endsWith('>') ? affiliation.slice(0, open) : affiliation
}
