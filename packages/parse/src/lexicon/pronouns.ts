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

/**
 * Verbs after which `it` is the empty subject of a judgment (`said it was
 * difficult`, `said it seems unlikely`), not a body speaking of itself (`said
 * it had no plans`); and the auxiliaries whose `be` or `been` does the same
 * (`it would be`, `it has been`).
 */
export const emptySubjectVerbs: ReadonlySet<string> = new Set(['is', 'was', "isn't", "wasn't", 'isn’t', 'wasn’t', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'makes', 'made', 'takes', 'took', 'looks', 'looked', 'means', 'meant', 'matters', 'mattered', 'happens', 'happened'])
export const auxiliariesBeforeBe: ReadonlySet<string> = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'has', 'had', 'have', 'not', "won't", "wouldn't", 'won’t', 'wouldn’t'])
