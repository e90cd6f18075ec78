// A person's role from a description: title and affiliation.
import type { Role } from '@newsdoc/core'
import { demonyms } from '../lexicon/demonyms.js'
import { gazetteer } from '../lexicon/gazetteer.js'
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
  const of = words.findIndex((word, index) => index > 0 && (word === 'of' || word === 'for' || word === 'at' || word === 'to'))
  if (of > 0) {
    const title = words.slice(0, of).join(' ')
    let rest = words.slice(of + 1)
    if (rest[0] === 'the') rest = rest.slice(1)
    if (!words.slice(0, of).some((word) => roleHeads.has(word.toLowerCase()))) return null
    return { title, affiliation: rest.join(' ') || null }
  }
  let affiliation: string | null = null
  const titleWordsOnly: string[] = []
  for (const word of words) {
    const country = demonyms.get(word.toLowerCase())
    if (country && affiliation === null && titleWordsOnly.length === 0) affiliation = country
    else if (!honorifics.has(word.toLowerCase().replace(/\.$/, ''))) titleWordsOnly.push(word)
  }
  if (titleWordsOnly.length === 0 || !titleWordsOnly.some((word) => roleHeads.has(word.toLowerCase()))) return null
  return { title: titleWordsOnly.join(' '), affiliation }
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
