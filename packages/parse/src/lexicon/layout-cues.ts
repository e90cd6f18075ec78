// Words and marks that tell what a line of an article is. Compiled from the
// conventions of the formats newsdoc reads (wire copy, news sites, scraped
// pages); see the profiles for publisher-specific ones.

/** Labels that open a date line: `Published: …`, `Last updated on …`. */
export const dateLabels: ReadonlyMap<string, 'published' | 'updated' | 'date'> = new Map([
  ['published', 'published'],
  ['first published', 'published'],
  ['posted', 'published'],
  ['posted on', 'published'],
  ['published on', 'published'],
  ['date', 'date'],
  ['dated', 'date'],
  ['updated', 'updated'],
  ['last updated', 'updated'],
  ['updated on', 'updated'],
  ['last updated on', 'updated'],
  ['last modified', 'updated'],
  ['modified', 'updated']
])

/** Labels that introduce a picture credit: `… Photo: VCG`, `Credit: …`. */
export const creditLabels: ReadonlyMap<string, 'image' | 'video' | 'graphic'> = new Map([
  ['photo', 'image'],
  ['photos', 'image'],
  ['photograph', 'image'],
  ['picture', 'image'],
  ['pictures', 'image'],
  ['pic', 'image'],
  ['image', 'image'],
  ['images', 'image'],
  ['credit', 'image'],
  ['photo credit', 'image'],
  ['image credit', 'image'],
  ['mandatory credit', 'image'],
  ['file photo', 'image'],
  ['video', 'video'],
  ['graphic', 'graphic'],
  ['illustration', 'graphic'],
  ['chart', 'graphic']
])

/** Whole lines that are page furniture rather than article text (lower-cased). */
export const boilerplateLines: ReadonlySet<string> = new Set([
  'advertisement',
  'advertisements',
  'story continues below advertisement',
  'continue reading below',
  'continue reading',
  'read more',
  'read more:',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'tweet',
  'email',
  'print',
  'comments',
  'related',
  'related articles',
  'related stories',
  'related content',
  'recommended',
  'most popular',
  'trending',
  'sign up',
  'subscribe',
  'view full size image',
  'view gallery',
  'click to enlarge',
  'all rights reserved',
  'all rights reserved.'
])

/** Words that may stand uncapitalized inside a name in a byline (`Mark de Vries`). */
export const namePrefixes: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'st', 'and'])

/** Agencies and services that a dateline names in brackets, with their usual name. */
export const agencyNames: ReadonlyMap<string, string> = new Map([
  ['reuters', 'Reuters'],
  ['reuter', 'Reuters'],
  ['ap', 'The Associated Press'],
  ['afp', 'AFP'],
  ['xinhua', 'Xinhua'],
  ['upi', 'UPI'],
  ['cnn', 'CNN'],
  ['bloomberg', 'Bloomberg'],
  ['dpa', 'dpa'],
  ['efe', 'EFE'],
  ['ians', 'IANS'],
  ['pti', 'PTI'],
  ['ani', 'ANI'],
  ['tass', 'TASS'],
  ['kyodo', 'Kyodo'],
  ['yonhap', 'Yonhap'],
  ['ansa', 'ANSA'],
  ['aap', 'AAP'],
  ['cp', 'The Canadian Press'],
  ['pa', 'PA'],
  ['ips', 'IPS'],
  ['sputnik', 'Sputnik'],
  ['ria novosti', 'RIA Novosti'],
  ['interfax', 'Interfax'],
  ['wam', 'WAM'],
  ['bernama', 'Bernama'],
  ['antara', 'Antara']
])
