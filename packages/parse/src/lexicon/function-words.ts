// Small closed classes of English words that the attribution rules need.

/** Words that end a subject noun phrase when read backwards from a cue. */
export const subjectBreakers: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'because', 'when', 'if', 'while', 'as', 'but', 'and', 'or', 'so', 'than', 'where', 'after', 'before', 'since', 'until', 'although', 'though', 'whether', 'what', 'how', 'why', 'to', 'not', 'nor', 'yet', 'once', 'unless', 'whereas'
])

/** Words stripped from the front of a subject (`On Tuesday Trump said`). */
export const leadingNonSubject: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'during', 'of', 'into', 'over', 'under', 'about', 'also', 'however', 'meanwhile', 'still', 'now', 'then', 'later', 'earlier', 'separately', 'instead', 'indeed', 'overall', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'additionally', 'elsewhere', 'similarly', 'likewise', 'ultimately', 'finally', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'next', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'
])

/** Words that can open the tail after a trailing cue (`he said in a statement`, `said on Tuesday`). */
export const tailOpeners: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'via', 'through', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'late', 'again', 'afterward', 'afterwards', 'tomorrow', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'when', 'while', 'as', 'of', 'for', 'with', 'outside', 'inside', 'told', 'about', 'by', 'according', 'adding', 'citing', 'referring', 'speaking'
])

/**
 * Prepositions whose object a quotation right after them is, a title or a
 * name rather than speech: `said on "Meet the Press."`, `said in May on the
 * podcast "Here's the Thing."`. Only prepositions of place and time: after
 * `called for`, `warned of`, `talked about` or `urged them to` a quotation is
 * what was said.
 */
export const titlePrepositions: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'via', 'inside', 'outside'])

/** Nouns for a programme or a piece of writing: a quotation right after one, or after one and a preposition, is its name (`an interview with "Fox News Sunday"`). */
export const mediaNouns: ReadonlySet<string> = new Set(['interview', 'interviews', 'appearance', 'show', 'program', 'programme', 'podcast', 'episode', 'broadcast', 'segment', 'column', 'op-ed', 'editorial', 'article', 'book', 'memoir', 'documentary', 'film', 'album', 'song', 'newsletter', 'blog', 'magazine'])

/** Prepositions: a noun phrase after one is its object, not a clause's subject (`jobs in North Dakota and Texas`). */
export const prepositions: ReadonlySet<string> = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'from', 'to', 'by', 'about', 'during', 'after', 'before', 'through', 'via', 'into', 'near', 'across', 'between', 'among', 'under', 'over', 'against', 'outside', 'inside', 'like'])

/** Forms of `go` that put a cue after them in `went on to say`. */
export const goForms: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'going', 'gone'])

/** Words that end a named source after an inverted cue and open its tail (`said Mayor Don Guardian in a telephone interview`). */
export const sourceTailOpeners: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'via', 'through', 'outside', 'inside', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'last', 'this'
])

/** Words that cannot end a subject noun phrase (verbs and function words commonly met there). */
export const notSubjectEnd: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'the', 'a', 'an', 'your', 'his', 'their', 'its', 'our', 'my', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'there', 'here', 'also', 'not', 'very', 'more', 'most', 'than', 'then', 'just', 'only', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'whom'
])

/** Nouns that name a source without a name (`officials say`, `critics argue`). */
export const sourceNouns: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'aide', 'aides', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'critic', 'critics', 'supporter', 'supporters', 'others', 'some', 'many', 'people', 'voters', 'residents', 'witnesses', 'police', 'authorities', 'observers', 'advocates', 'opponents', 'leaders', 'lawmakers', 'economists', 'investors', 'traders', 'dealers', 'researchers', 'scientists', 'democrats', 'republicans', 'members', 'organizers', 'organisers', 'protesters', 'activists', 'polls', 'poll', 'survey', 'report', 'statement', 'study', 'data', 'figures', 'campaign', 'company', 'government', 'ministry', 'department', 'court', 'judge', 'agency', 'committee', 'group', 'party', 'administration', 'both', 'everyone', 'nobody', 'someone', 'candidates', 'candidate', 'president', 'governor', 'senator', 'mayor', 'minister', 'chairman', 'director', 'executive', 'manager', 'lawyer', 'attorney', 'friends', 'family', 'colleagues', 'allies', 'insiders', 'strategists', 'pollsters', 'consultants', 'staffers', 'diplomats', 'percent', 'respondents', 'majority', 'minority', 'one', 'another', 'half', 'third', 'quarter', 'few', 'none', 'all', 'most', 'mp', 'mps', 'optimists', 'pessimists', 'sceptics', 'skeptics', 'campaigners', 'bosses', 'fans', 'bankers', 'arbitrageurs', 'consumers', 'brokers', 'farmers', 'producers', 'exporters', 'importers', 'manufacturers', 'shareholders', 'workers', 'unions', 'investigators', 'prosecutors', 'detectives', 'officers', 'searchers', 'rescuers', 'doctors', 'lawyers', 'teachers', 'students', 'parents', 'companies', 'employers', 'retailers', 'landlords', 'tenants', 'owners', 'users', 'customers', 'drivers', 'passengers', 'villagers', 'locals', 'hispanics', 'immigrants', 'regulators', 'ministers', 'scholars', 'historians', 'engineers', 'developers', 'designers', 'fishermen', 'miners', 'nurses', 'patients', 'victims', 'relatives', 'neighbours', 'neighbors',
  'research', 'evidence', 'analysis', 'studies', 'surveys', 'records', 'documents', 'statistics', 'results', 'tests', 'forecasts', 'projections', 'arbitragers', 'negotiators'
])

/** Cues that may take an infinitive (`promised to`, `vowed to`) and still report speech. */
export const infinitiveCues: ReadonlySet<string> = new Set(['promise', 'promises', 'promised', 'vow', 'vows', 'vowed', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked', 'tell', 'told', 'tells', 'warn', 'warned', 'warns', 'pledge', 'pledged', 'threaten', 'threatened'])

/** Finite auxiliaries and copulas: a word of these after `the …` makes a clause, not an appositive. */
export const finiteVerbs: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'does', 'did', 'shall'
])

/** Words that open a phrase before a sentence's subject, up to a comma (`In an interview on Friday, Trump …`). */
export const clauseOpeners: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'with', 'for', 'from', 'by', 'since', 'despite', 'while', 'when', 'as', 'if', 'although', 'though', 'because', 'asked', 'speaking', 'like', 'unlike', 'following', 'earlier', 'later', 'even', 'amid', 'among', 'under', 'without', 'to'
])

/** Conjunctions that join clauses (`…, and Trump left`). */
export const sentenceConjunctions: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'or'])

/** Words that open an indirect question (`Asked whether he would run, …`). */
export const questionWords: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'whom', 'which', 'where', 'when', 'about'])

/** Words after a comma that open the writer's contrast, not the source's (`…, while 4 in 10 want …`). */
export const contentBreakers: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though', 'despite'])

/** Words that open a subordinate clause (`When Francis said …, the pope …`). */
export const subordinators: ReadonlySet<string> = new Set(['when', 'if', 'while', 'although', 'though', 'because', 'since', 'after', 'before', 'as', 'once', 'unless', 'whereas'])

/** Lower-case words that may sit inside a name (`Communist Party of China`, `Ludwig van Beethoven`). */
export const connectors: ReadonlySet<string> = new Set(['of', 'the', 'for', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'del'])

/** Capitalized words that open sentences without being names. */
export const capitalizedStopwords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'as', 'for', 'with', 'from', 'after', 'before', 'since', 'while', 'when', 'if', 'both', 'according', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'so', 'yet', 'also', 'however', 'meanwhile', 'still', 'then', 'now', 'today', 'yesterday', 'last', 'next', 'some', 'many', 'most', 'all', 'one', 'two', 'no', 'not', 'by', 'to', 'of', 'asked', 'during', 'despite', 'although', 'though', 'because', 'unless', 'whereas', 'whether', 'until', 'once', 'under', 'over', 'among', 'about', 'more', 'other', 'such', 'each', 'every', 'any', 'few', 'overall', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'additionally', 'elsewhere', 'similarly', 'likewise', 'ultimately', 'finally', 'instead', 'indeed', 'later', 'earlier', 'separately', 'mr.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'following', 'even', 'without', 'within', 'already', 'only', 'just'
])

/** Words that open a source named after what it said (`…, according to X`). */
export const sourceIntroducers: ReadonlySet<string> = new Set(['according'])

/** Forms of `be` that make a following participle passive (`was announced`, `were told`). */
export const beForms: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/**
 * Endings of abstract and collective nouns that no English-language surname
 * has (`Speculation suggests`, `Development said`, `Partnership`): a lone
 * capitalized word with one is no person. `-ness` and `-ity` are left out
 * (`Souness`, `Guinness`). Plurals too, and those of agent nouns no
 * surname ends with (`Documents show`, `Economists said`, `Negotiators`).
 */
export const nounEndings: readonly string[] = ['tion', 'sion', 'ism', 'ship', 'ology', 'ment', 'tions', 'sions', 'isms', 'ships', 'ologies', 'ments', 'ists', 'ators']

/**
 * Words that make an organization word a description, not a name (`a new
 * company`, `one company`, `the country's second biggest bank`), lower-cased.
 */
export const unnamingWords: ReadonlySet<string> = new Set(['one', 'new', 'another', 'other', 'same', 'such', 'second', 'third', 'biggest', 'largest', 'big', 'large', 'small', 'smaller', 'major', 'rival', 'parent', 'former', 'its', 'his', 'her', 'their', 'our'])

/** Words that count a noun (`eight states`, `several reports`, `most claims`): a cue form after one is that noun. */
export const countingWords: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundreds', 'thousands',
  'several', 'many', 'most', 'some', 'other', 'few', 'various', 'numerous', 'multiple', 'more', 'fewer', 'all', 'both'
])

/**
 * Words that open what follows an attribution's comma as a comment on the
 * source or the saying, not a resumed statement (`…, the office said, in a
 * statement`, `…, a ministry official said, without elaborating`).
 */
export const appositiveOpeners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'who', 'which', 'adding', 'citing', 'according', 'noting', 'referring', 'speaking', 'in', 'at', 'on', 'during', 'after', 'while', 'when', 'as', 'saying', 'his', 'her', 'their', 'its', 'whose', 'now', 'then', 'also', 'without', 'more', 'less', 'fewer', 'twice', 'compared', 'than', 'up', 'down', 'nearly', 'almost', 'roughly'])

/** Sentence adverbs that stand between commas after a source and before its cue (`U.S. officials, however, said`). */
export const parentheticalAdverbs: ReadonlySet<string> = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'moreover', 'nevertheless', 'nonetheless', 'instead', 'therefore', 'indeed', 'separately', 'likewise', 'similarly', 'meantime', 'later', 'earlier', 'today', 'yesterday', 'privately', 'publicly'])

/** Words that open a clause in a description, after which no title stands. */
export const relativeWords: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose'])

/** Prepositions after which a description says more than the title (`lawyer in Orlando`, `expert on defense affairs`); not `outside` or `like`, which may be adjectives in a title (`top outside Clinton adviser`). */
export const titleStops: ReadonlySet<string> = new Set(['in', 'on', 'from', 'by', 'about', 'during', 'after', 'before', 'since', 'leading', 'running'])

/** Words that join a title to the body it is held in (`president of`, `analyst at`, `vice president with`). */
export const roleLinks: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to', 'with'])

/** Words after which a preposition opens a quantity, not a phrase (`At least half of voters`, `At most a third`). */
export const prepositionQuantifiers: ReadonlySet<string> = new Set(['least', 'most', 'once'])
