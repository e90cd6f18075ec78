// Last words that make a capitalized name an organization (`Foreign
// Ministry`, `Security Council`, `Eurasian Economic Union`), lower-cased,
// and acronyms of well-known organizations.

export const organizationSuffixes: ReadonlySet<string> = new Set([
  'ministry', 'council', 'chamber', 'consortium', 'union', 'organization', 'organisation', 'party', 'committee', 'commission', 'bank', 'corp', 'corporation', 'inc', 'co', 'ltd', 'plc', 'llc', 'agency', 'department', 'association', 'university', 'college', 'institute', 'foundation', 'fund', 'group', 'company', 'office', 'bureau', 'court', 'parliament', 'congress', 'senate', 'assembly', 'army', 'navy', 'force', 'forces', 'police', 'service', 'authority', 'board', 'federation', 'league', 'club', 'times', 'post', 'news', 'journal', 'tribune', 'herald', 'telegraph', 'guardian', 'network', 'press', 'exchange', 'reserve', 'administration', 'government', 'cabinet', 'alliance', 'coalition', 'movement', 'front', 'church', 'society', 'center', 'centre', 'hospital', 'school', 'airlines', 'airways', 'motors', 'holdings', 'industries', 'technologies', 'systems', 'partners', 'trust', 'caucus', 'campaign', 'pac', 'network', 'channel', 'television', 'radio', 'magazine', 'daily'
])

/** Acronyms that name organizations. */
export const organizationAcronyms: ReadonlySet<string> = new Set([
  'UN', 'NATO', 'EU', 'BRICS', 'WHO', 'WTO', 'IMF', 'OPEC', 'ASEAN', 'FBI', 'CIA', 'NSA', 'FDA', 'EPA', 'SEC', 'NASA', 'CPC', 'CCP', 'GOP', 'DNC', 'RNC', 'BBC', 'CNN', 'AP', 'AFP', 'NHS', 'IAEA', 'OECD', 'G7', 'G20', 'SCO', 'APEC', 'AU', 'UNICEF', 'UNESCO', 'ICC', 'ICJ', 'ECB', 'FIFA', 'IOC', 'NFL', 'NBA', 'MLB', 'NHL', 'ISIS', 'ISIL', 'PLO', 'ANC', 'KGB', 'FSB', 'MI5', 'MI6', 'DHS', 'DOJ', 'IRS', 'NPR', 'ABC', 'CBS', 'NBC', 'PBS', 'MSNBC'
])

/**
 * Words that end an organization's name only when capitalized in it
 * (`Pew Research`, `Moody's Analytics`, `Nortel Networks`, `Sony Pictures`,
 * `Factory Records`): in lower case they are common nouns (`new research`,
 * `court records`), so they are no organization words for `the …` phrases.
 */
export const capitalizedOrganizationSuffixes: ReadonlySet<string> = new Set(['research', 'analytics', 'networks', 'services', 'studios', 'pictures', 'records'])

/**
 * Words after `and` or `&` that end a firm's name whoever it is named after
 * (`Arthur Young and Co`, `Alex. Brown and Sons Inc`, `Salomon Brothers`), lower-cased.
 */
export const firmPartnerWords: ReadonlySet<string> = new Set(['co', 'cos', 'company', 'sons', 'son', 'brothers', 'partners', 'associates'])

/**
 * Legal forms that end a company's full name (`General Motors Corp`, `Merrill
 * Lynch and Co Inc`, `Vodafone Group Plc`), lower-cased and without a period:
 * the name without them is how the story goes on to call it.
 */
export const legalForms: ReadonlySet<string> = new Set(['corp', 'corporation', 'inc', 'incorporated', 'co', 'cos', 'ltd', 'limited', 'plc', 'llc', 'lp', 'l.p', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'pty'])

/**
 * Words that make a name of two words or more an organization's only as its
 * last word (`Commerzbank AG`, `Fiat SpA`, `Warburg Securities`, `Salomon
 * Brothers`), lower-cased: elsewhere they are other things (`AG Vanita
 * Gupta`, `Securities and Exchange Commission`, `Hotel & Spa`).
 */
export const lastOrganizationWords: ReadonlySet<string> = new Set(['ag', 'gmbh', 'nv', 'bv', 'spa', 'sa', 'pty', 'llp', 'securities', 'brothers'])

/**
 * Last words of an organization's name after which its first word alone is
 * the same organization (`Toyota` for `Toyota Motor Corp`, `Labour` for
 * `Labour Party`, `Nortel` for `Nortel Networks`), lower-cased: not media
 * or divisions, where it is the parent (`BBC` is not `BBC News`).
 */
export const wholeNameEnds: ReadonlySet<string> = new Set([...legalForms, 'group', 'holdings', 'party', 'company', 'companies', 'industries', 'motors', 'networks', 'airlines', 'airways', 'partners', 'department', 'enterprises', 'international', 'systems', 'technologies'])

/**
 * Organization words that, after `the`, may stand for any organization named
 * before (`the company` for `Yukos`, `the bank` for `Barclays`), lower-cased;
 * the others stand only for one with that word in its name (`the commission`
 * for `the European Commission`, not for `the Academy`).
 */
export const companyNouns: ReadonlySet<string> = new Set(['company', 'corporation', 'corp', 'group', 'firm', 'business', 'bank', 'carrier', 'airline', 'airlines', 'network', 'channel', 'agency', 'organization', 'organisation'])

/** Words that may follow a legal form at the end of a company's name (`Coca-Cola Bottling Co Consolidated`), lower-cased. */
export const companyNameTails: ReadonlySet<string> = new Set(['consolidated', 'international', 'partnership', 'worldwide', 'holdings'])

/**
 * Nouns that describe only companies and bodies, so that the name right
 * after one is an organization's (`internet firm Netcraft`, `carmaker
 * Maruti`, `retail giant Tesco`), lower-cased: not words that describe
 * people too (`film maker`, `property developer`, `publisher`). Drawn from
 * the company descriptions of the Reuters-21578 and BBC news texts.
 */
export const companyDescriptors: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'firms', 'group', 'business', 'bank', 'airline', 'network', 'channel', 'agency', 'organization', 'organisation',
  'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'retailer', 'supermarket', 'insurer', 'lender', 'brokerage', 'broadcaster', 'conglomerate',
  'manufacturer', 'brewer', 'distiller', 'distributor', 'supplier', 'utility', 'consultancy', 'watchdog', 'regulator', 'charity', 'label', 'giant', 'subsidiary'
])

/**
 * Plurals of organization words that name one body before an `of` phrase
 * (`British Chambers of Commerce`, `Centers for Disease Control`),
 * lower-cased; alone they are common nouns or surnames (`John Chambers`).
 */
export const pluralOrganizationWords: ReadonlySet<string> = new Set([
  'chambers', 'ministries', 'councils', 'committees', 'commissions', 'departments', 'associations', 'federations', 'agencies', 'authorities',
  'boards', 'courts', 'offices', 'bureaus', 'institutes', 'foundations', 'universities', 'colleges', 'churches', 'societies', 'leagues', 'centers', 'centres', 'banks', 'funds', 'trusts'
])

/**
 * Nouns for the kind of business a company is (`the automaker`, `the
 * brewer`), lower-cased: after `the`, with any description between, they
 * stand for the latest organization named, as `the company` does.
 */
export const companyKindNouns: ReadonlySet<string> = new Set([
  'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'retailer', 'supermarket', 'insurer', 'lender', 'brokerage', 'broadcaster', 'conglomerate',
  'manufacturer', 'brewer', 'brewery', 'distiller', 'distributor', 'supplier', 'airline', 'refiner'
])
