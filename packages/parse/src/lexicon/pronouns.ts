// Personal pronouns that can stand for a speaker, with what they can refer to.

export const personPronouns: ReadonlyMap<string, 'male' | 'female' | 'any'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['they', 'any'],
  ['i', 'any'],
  ['we', 'any']
])

/** Pronouns and determiners that open a noun phrase naming a source (`the official`, `a spokesman`). */
export const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'some', 'many', 'several', 'other', 'another', 'both', 'most', 'few', 'all', 'each', 'every'])

/** Pronouns that can open a clause as its subject (`said on Sunday it had no evidence`). */
export const subjectPronouns: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'])

/** Words whose `'s` is `is` or `has` (`It's`, `There's`), not a possessive, besides the personal pronouns. */
export const contractedSubjects: ReadonlySet<string> = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'let'])
