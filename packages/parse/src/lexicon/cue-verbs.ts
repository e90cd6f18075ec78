// Verbs (and phrases) that attribute a statement to a source, in the forms
// news text uses. Compiled from the reporting verbs of PARC/PolNeAR-style
// attribution guidelines and the speech-verb lists of quote extractors
// (SFU Gender Gap Tracker, textacy); `speech` are verbs of saying, `belief`
// verbs of thinking or finding that news also attributes.

const forms = (...words: string[]): string[] => words

const speech = forms(
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'note', 'notes', 'noted', 'noting',
  'state', 'states', 'stated', 'stating',
  'announce', 'announces', 'announced', 'announcing',
  'write', 'writes', 'wrote', 'writing',
  'claim', 'claims', 'claimed', 'claiming',
  'argue', 'argues', 'argued', 'arguing',
  'explain', 'explains', 'explained', 'explaining',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasised', 'emphasising',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'repeat', 'repeats', 'repeated',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'declare', 'declares', 'declared', 'declaring',
  'assert', 'asserts', 'asserted', 'asserting',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'ask', 'asks', 'asked', 'asking',
  'respond', 'responds', 'responded', 'responding',
  'reply', 'replies', 'replied', 'replying',
  'comment', 'comments', 'commented',
  'remark', 'remarks', 'remarked',
  'urge', 'urges', 'urged', 'urging',
  'recall', 'recalls', 'recalled', 'recalling',
  'cite', 'cites', 'cited', 'citing',
  'predict', 'predicts', 'predicted', 'predicting',
  'promise', 'promises', 'promised', 'promising',
  'vow', 'vows', 'vowed',
  'report', 'reports', 'reported',
  'confirm', 'confirms', 'confirmed',
  'deny', 'denies', 'denied',
  'joke', 'jokes', 'joked',
  'lament', 'laments', 'lamented',
  'boast', 'boasts', 'boasted',
  'complain', 'complains', 'complained',
  'testify', 'testifies', 'testified',
  'mention', 'mentions', 'mentioned',
  'continue', 'continues', 'continued',
  'conclude', 'concludes', 'concluded',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'contend', 'contends', 'contended',
  'maintain', 'maintains', 'maintained',
  'point', 'points', 'pointed',
  'observe', 'observes', 'observed',
  'predict', 'charge', 'charges', 'charged',
  'allege', 'alleges', 'alleged',
  'concede', 'concedes', 'conceded',
  'confess', 'confesses', 'confessed', 'confide', 'confides', 'confided',
  'agree', 'agrees', 'agreed',
  'estimate', 'estimates', 'estimated',
  'describe', 'describes', 'described',
  // Manners of speaking, in the past tense that news writes after a quotation (`"Go back to Univision," Trump barked`).
  'barked', 'boomed', 'retorted', 'countered', 'fumed', 'thundered', 'bellowed', 'screamed', 'gushed', 'sneered', 'snarled', 'hissed', 'growled', 'sighed', 'mused', 'intoned',
  'quip', 'quipped', 'snap', 'snapped', 'shout', 'shouted', 'yell', 'yelled', 'exclaim', 'exclaimed', 'mutter', 'muttered', 'whisper', 'whispered', 'scoff', 'scoffed',
  'posted', 'wrote', 'told',
  'call', 'calls', 'called', 'calling', 'dub', 'dubbed', 'label', 'labeled', 'labelled', 'brand', 'branded'
)

const belief = forms(
  'think', 'thinks', 'thought',
  'believe', 'believes', 'believed',
  'feel', 'feels', 'felt',
  'expect', 'expects', 'expected',
  'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared',
  'worry', 'worries', 'worried',
  'know', 'knows', 'knew',
  'find', 'finds', 'found',
  'show', 'shows', 'showed', 'shown',
  'indicate', 'indicates', 'indicated',
  'reveal', 'reveals', 'revealed',
  'conclude', 'concluded'
)

/** Cue verbs of saying. */
export const speechCues: ReadonlySet<string> = new Set(speech)

/** Cue verbs of believing and finding (attributed, but not speech). */
export const beliefCues: ReadonlySet<string> = new Set(belief)

/**
 * Cue forms in `-s` that are as often plural nouns: after `and` they join a
 * noun phrase, not a second verb (`the weak dollar and fears that Opec …`).
 */
export const pluralNounCues: ReadonlySet<string> = new Set(['fears', 'hopes', 'worries', 'doubts', 'claims', 'reports', 'comments', 'remarks', 'notes', 'charges', 'estimates', 'promises', 'findings', 'shows', 'states', 'points', 'answers', 'replies', 'tweets', 'jokes'])

/** Words between a subject and its cue that do not break the link (`has said`, `also noted`). */
export const cueAuxiliaries: ReadonlySet<string> = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'again', 'previously', 'once', 'had', 'would', 'will', 'repeatedly', 'recently', 'further', 'often', 'publicly', 'privately', 'separately', 'earlier', 'still', 'is', 'was', 'were', 'are', 'been', 'did', 'does', 'do', 'not', 'never', 'just', 'simply', 'even', 'only', 'had', 'could', 'might', 'may', 'must', 'should', 'can', 'flatly', 'long', 'since', 'already', 'consistently', 'frequently', 'openly', 'always', 'reportedly', 'initially', 'subsequently'])

/** Cues that govern an object before their content (`told reporters that …`). */
export const cuesWithObject: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning', 'assure', 'assured', 'remind', 'reminded', 'urge', 'urged', 'ask', 'asked', 'inform', 'informed'])

/** Cue forms that are also common nouns (`his comments`, `in other states`): cues only right before `that`, a colon, a comma or a quotation. */
export const nounLikeCues: ReadonlySet<string> = new Set(['state', 'states', 'comment', 'comments', 'mention', 'mentions', 'report', 'reports', 'claim', 'claims', 'charge', 'charges', 'point', 'points', 'estimate', 'estimates', 'note', 'notes', 'remark', 'remarks', 'tweet', 'tweets', 'promise', 'promises', 'warning', 'repeat', 'joke', 'jokes', 'reply', 'replies', 'answer', 'answers', 'continue', 'writing', 'posted', 'found', 'show', 'shows', 'find', 'finds'])

/** Cues whose object comes before the content and is not part of it (`told reporters that …`). */
export const cuesWithListener: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'assure', 'assured', 'remind', 'reminded', 'inform', 'informed', 'warn', 'warns', 'warned', 'warning'])

/** Cues that report only a clause or a quotation, not a plain object (`added that …`, but `will add a night crossing`). */
export const clauseOnlyCues: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding', 'maintain', 'maintains', 'maintained', 'continue', 'continues', 'continued', 'continuing', 'charge', 'charges', 'charged', 'charging', 'confess', 'confesses', 'confessed', 'confide', 'confides', 'confided', 'barked', 'boomed', 'retorted', 'countered', 'fumed', 'thundered', 'bellowed', 'screamed', 'gushed', 'sneered', 'snarled', 'hissed', 'growled', 'sighed', 'mused', 'intoned'])

/** Nouns that name whom a cue is told to, not a source (`told reporters the plan was dead`). */
export const listenerNouns: ReadonlySet<string> = new Set(['reporters', 'journalists', 'audience', 'audiences', 'crowd', 'crowds', 'viewers', 'listeners', 'readers', 'students', 'workers', 'members', 'donors', 'supporters', 'voters', 'lawmakers', 'senators', 'congress', 'parliament', 'colleagues', 'investors', 'family', 'friends', 'staff', 'me', 'us', 'him', 'her', 'them',
  // The listener named by its medium: `told the Guardian newspaper there would be …`.
  'newspaper', 'paper', 'magazine', 'programme', 'program', 'radio', 'website', 'channel', 'station', 'agency', 'committee', 'panel', 'hearing', 'court', 'jury'])

/** Cues that report speech only with a quotation close after them (`called it "a disgrace"`). */
export const quoteCues: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'dub', 'dubbed', 'label', 'labeled', 'labelled', 'brand', 'branded'])

/** Cues that never come before their source (`…, called superdelegates, …` names, it does not attribute). */
export const uninvertedCues: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'charge', 'charged', 'cite', 'cited', 'describe', 'described', 'label', 'labeled', 'labelled', 'dub', 'dubbed', 'brand', 'branded'])

/** Past participles of cue verbs that do not end in `-ed` (`was told`, `has been said`). */
export const irregularParticiples: ReadonlySet<string> = new Set(['told', 'said', 'written', 'shown', 'known', 'thought', 'found', 'felt', 'heard', 'meant'])

/** Past tenses of cue verbs that do not end in `-ed` (`said`, `wrote`): no base form. */
export const irregularPastTenses: ReadonlySet<string> = new Set([...irregularParticiples, 'wrote', 'knew'])

/**
 * Auxiliaries that agree only with a plural subject (`Analysts have said`,
 * `Forecasts are`), and adverbs that may stand between a subject and its
 * verb without changing the agreement (`Critics also say`).
 */
export const pluralAuxiliaries: ReadonlySet<string> = new Set(['have', 'are', 'were', 'do', "don't", 'don’t'])
export const agreementAdverbs: ReadonlySet<string> = new Set(['also', 'still', 'often', 'now', 'long', 'generally', 'usually', 'widely', 'repeatedly', 'already', 'always', 'frequently', 'consistently'])
