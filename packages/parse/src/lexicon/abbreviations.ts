// Words that end with a period without ending a sentence: titles, month and
// state abbreviations, Latin and company abbreviations (lower-cased, without
// the period). Single capital letters (initials, `U.S.`) are handled in code.

export const abbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'atty', 'sr', 'jr', 'st', 'ste', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'vol', 'op', 'cf', 'al', 'viz'
])
