// Titles and role words that describe a person before or after the name
// (`Russian President Vladimir Putin`, `Sergei Lavrov, Russian Foreign
// Minister`), lower-cased. Compiled from news style guides' lists of formal
// titles (AP Stylebook conventions) and common newsroom job words.

export const titleWords: ReadonlySet<string> = new Set([
  'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson',
  'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'pastor', 'priest', 'vicar', 'chaplain', 'rev', 'reverend', 'lt', 'sgt', 'lieutenant', 'sergeant', 'corporal', 'investigator', 'judge', 'justice', 'attorney', 'prosecutor', 'general', 'gen', 'admiral', 'colonel', 'commander', 'chief', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'founder', 'director', 'head', 'official', 'adviser', 'advisor', 'aide', 'analyst', 'economist', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'lord', 'dame', 'lawmaker', 'legislator', 'candidate', 'nominee', 'strategist', 'pollster', 'manager', 'coach', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'singer', 'actor', 'actress', 'conductor', 'composer', 'musician', 'drummer', 'guitarist', 'novelist', 'solicitor', 'barrister', 'sprinter', 'athlete', 'winger', 'batsman', 'executive', 'officer', 'member', 'deputy', 'councillor', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'commissioner', 'sheriff', 'inspector', 'detective', 'chief', 'editor', 'reporter', 'correspondent', 'columnist', 'author', 'mp', 'msp', 'mep', 'co-author', 'co-founder', 'co-chair', 'lawyer', 'owner', 'writer', 'researcher', 'scientist', 'expert', 'counterpart', 'speaker', 'whip', 'delegate', 'monarch', 'dictator', 'warlord', 'consul', 'attaché', 'treasurer', 'auditor', 'comptroller', 'superintendent', 'principal', 'dean', 'provost', 'rector', 'vice-president', 'vice-premier', 'prime', 'foreign', 'defense', 'defence', 'finance', 'interior', 'trade', 'justice', 'state', 'top', 'former', 'senior', 'acting', 'deputy', 'assistant', 'associate', 'executive', 'managing', 'general', 'national', 'security', 'press', 'campaign', 'communications', 'policy', 'political', 'party'
])

/** Title words that alone make a role (the rest are modifiers: `top`, `foreign`, `former`). */
export const roleHeads: ReadonlySet<string> = new Set([
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'pastor', 'priest', 'vicar', 'chaplain', 'rev', 'reverend', 'judge', 'justice', 'attorney', 'prosecutor', 'general', 'admiral', 'colonel', 'commander', 'chief', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'founder', 'director', 'head', 'official', 'adviser', 'advisor', 'aide', 'analyst', 'economist', 'professor', 'lawmaker', 'candidate', 'nominee', 'strategist', 'pollster', 'manager', 'coach', 'captain', 'executive', 'officer', 'member', 'deputy', 'commissioner', 'sheriff', 'editor', 'reporter', 'correspondent', 'columnist', 'author', 'mp', 'msp', 'mep', 'co-author', 'co-founder', 'co-chair', 'lawyer', 'owner', 'researcher', 'scientist', 'expert', 'speaker', 'delegate', 'treasurer', 'superintendent', 'dean',
  'singer', 'actor', 'actress', 'conductor', 'composer', 'musician', 'drummer', 'guitarist', 'novelist', 'solicitor', 'barrister', 'sprinter', 'athlete', 'winger', 'batsman'
])

/** Honorifics that stand before a name and are not part of it. */
export const honorifics: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'sen', 'rep', 'gov', 'gen', 'rev', 'reverend', 'hon', 'lt', 'sgt'])

/** Honorifics that British usage puts before a given name alone (`Sir Paul` for Sir Paul McCartney, `Dame Judi`). */
export const givenNameHonorifics: ReadonlySet<string> = new Set(['sir', 'dame'])

/** Titles of several words with `of` inside that name an office, not an office and its body (`Secretary of State`). */
export const compoundTitles: readonly string[] = [
  'secretary of state', 'secretary of defense', 'secretary of the treasury', 'secretary of homeland security', 'secretary of the interior', 'secretary of agriculture', 'secretary of commerce', 'secretary of labor', 'secretary of energy', 'secretary of education', 'secretary of transportation', 'secretary of health and human services', 'secretary of veterans affairs', 'secretary of housing and urban development', 'chief of staff', 'chief of police', 'chief of defence staff', 'chancellor of the exchequer', 'leader of the opposition', 'speaker of the house'
]

/** Last words of names of things, not people, that may follow a title word (`Foreign Corrupt Practices Act`, `Economist Intelligence Unit`). */
export const thingNameEnds: ReadonlySet<string> = new Set([
  'act', 'amendment', 'bill', 'law', 'unit', 'treaty', 'accord', 'agreement', 'plan', 'report', 'index', 'award', 'awards', 'prize', 'cup', 'open', 'championship', 'championships', 'project', 'festival', 'summit', 'conference', 'forum', 'review', 'survey', 'programme', 'program', 'scheme', 'strategy', 'budget', 'day', 'week', 'games', 'story', 'show', 'dvd', 'theater', 'theatre', 'trophy', 'medal', 'lecture', 'stakes'
])

/**
 * Titles before which one word is a name (`President Reagan`, `Energy
 * Minister Subroto`, `Pope Francis`), lower-cased; not those that open other
 * names too (`General Electric`, `King Kong`, `Premier Rugby`).
 */
export const oneNameTitles: ReadonlySet<string> = new Set(['president', 'chancellor', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'ayatollah', 'sheikh', 'judge', 'prince', 'princess', 'queen', 'emperor', 'colonel', 'admiral', 'spokesman', 'spokeswoman'])

/** Honorifics and titles that say whether a person is a man or a woman, so that `she` is not resolved to `Mr. Sanders`. */
export const genderedTitles: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'], ['emperor', 'male'], ['congressman', 'male'], ['spokesman', 'male'], ['businessman', 'male'], ['chairman', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['empress', 'female'], ['congresswoman', 'female'], ['spokeswoman', 'female'], ['businesswoman', 'female'], ['chairwoman', 'female'], ['first lady', 'female']
])

/** Letters that British usage writes after a name (`Paul Boateng MP`, `Guy Mansfield QC`): a role, not part of the name. */
export const postnominals: ReadonlySet<string> = new Set(['MP', 'QC', 'KC', 'MSP', 'MEP', 'OBE', 'MBE', 'CBE'])

/** What may follow a surname as part of the name (`Larry Mullen Jr`, `Thomas Ewing III`), lower-cased: no surname itself. */
export const generationalSuffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** What a person is of a party, lower-cased: after a place it describes someone unnamed (`a New Jersey Democrat`). */
export const partyMembers: ReadonlySet<string> = new Set(['democrat', 'republican', 'conservative', 'liberal', 'independent', 'socialist', 'tory', 'unionist', 'nationalist'])

/**
 * Possessives before a title that say what kind of work it is, not whose
 * (`Children's author`, `Women's champion`), lower-cased and without `'s`.
 */
export const genericPossessors: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people', 'boys', 'girls', 'world', 'nation', 'today', 'year'])

/**
 * Title words that only modify a title (`National`, `former`, `senior`),
 * lower-cased: a description of these alone is no evidence of a person
 * (`National Historic Landmark`, `National Register of Historic Places`).
 */
export const titleModifiers: ReadonlySet<string> = new Set(['national', 'former', 'senior', 'deputy', 'acting', 'junior', 'assistant', 'interim', 'vice', 'top', 'state', 'federal', 'regional', 'international'])
