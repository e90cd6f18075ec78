// Words that end with a period without ending a sentence: titles, month and
// state abbreviations, Latin and company abbreviations (lower-cased, without
// the period). Single capital letters (initials, `U.S.`) are handled in code.

/** Abbreviated titles: a name always follows them, so their period never ends a sentence. */
export const titleAbbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'atty'
])

export const abbreviations: ReadonlySet<string> = new Set([
  ...titleAbbreviations,
  'sr', 'jr', 'st', 'ste', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'vol', 'op', 'cf', 'al', 'viz'
])

/**
 * Words that open a new sentence even after an abbreviation's period: no
 * title, initial or abbreviation comes before them inside a sentence
 * (`… attacks in the U.S. He says …`, `… of Richmond, Va. The …`).
 */
export const openersAfterAbbreviation: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'the', 'there', 'but', 'this', 'these', 'his', 'her', 'their', 'its', 'our'
])
