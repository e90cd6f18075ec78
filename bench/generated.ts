// A generated corpus that ships with the repository, so the benchmark runs
// without ../shared: news-shaped articles (headline, dateline, byline,
// direct and reported speech with titles and appositives, dates) built from
// word lists by a seeded generator. Same seed, same texts, on every machine.

const givenNames = ['Maria', 'John', 'Aisha', 'Wei', 'Olga', 'Carlos', 'Fatima', 'Peter', 'Yuki', 'Ahmed', 'Sarah', 'Ivan', 'Grace', 'Rahul', 'Elena', 'Tom']
const familyNames = ['Garcia', 'Smith', 'Khan', 'Zhang', 'Petrova', 'Silva', 'Haddad', 'Brown', 'Tanaka', 'Hassan', 'Miller', 'Volkov', 'Okafor', 'Sharma', 'Rossi', 'Reed']
const titles = ['President', 'Prime Minister', 'Foreign Minister', 'Finance Minister', 'Governor', 'Mayor', 'Senator', 'chief executive', 'spokesman', 'central bank governor']
const countries = [['France', 'French'], ['Germany', 'German'], ['Brazil', 'Brazilian'], ['Japan', 'Japanese'], ['India', 'Indian'], ['Kenya', 'Kenyan'], ['Canada', 'Canadian'], ['Mexico', 'Mexican']] as const
const cities = ['PARIS', 'BERLIN', 'BRASILIA', 'TOKYO', 'NEW DELHI', 'NAIROBI', 'OTTAWA', 'MEXICO CITY', 'LONDON', 'WASHINGTON']
const organizations = ['the Ministry of Finance', 'the Central Bank', 'the National Council', 'the Workers Union', 'the World Health Organization', 'the Trade Commission']
const speechVerbs = ['said', 'told reporters', 'added', 'noted', 'stressed', 'warned', 'argued', 'insisted', 'explained']
const topics = ['inflation', 'the new budget', 'trade talks', 'the harvest', 'the election', 'interest rates', 'the rail strike', 'fuel prices', 'the peace plan', 'hospital funding']
const claims = ['would not change course', 'had made real progress', 'needed more time', 'was ready to negotiate', 'expected growth to slow', 'would invest more in schools', 'could not accept the terms', 'saw no reason for alarm']
const quotes = ['We will keep working until the job is done.', 'This is a difficult moment for everyone.', 'Nobody expected the numbers to move so fast.', 'Our position has not changed.', 'I think the public deserves a clear answer.', 'There is still a lot of work ahead of us.']
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const months = ['January', 'March', 'May', 'June', 'September', 'November']

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** One generated article of a few kB. */
function article(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const person = (): { name: string; family: string } => {
    const family = pick(familyNames)
    return { name: `${pick(givenNames)} ${family}`, family }
  }
  const [country, demonym] = pick(countries)
  const speaker = person()
  const other = person()
  const topic = pick(topics)
  const lines = [
    `${demonym} ${pick(titles)} ${speaker.family} speaks on ${topic}`,
    '',
    `By ${person().name}`,
    '',
    `${pick(cities)}, ${pick(months)} ${1 + Math.floor(next() * 28)} (Newsdoc) - ${demonym} ${pick(titles)} ${speaker.name} on ${pick(days)} said ${country} ${pick(claims)}, as debate over ${topic} grew.`,
    ''
  ]
  const paragraphs = 6 + Math.floor(next() * 8)
  for (let index = 0; index < paragraphs; index++) {
    const kind = Math.floor(next() * 5)
    if (kind === 0) lines.push(`"${pick(quotes).slice(0, -1)}," ${speaker.family} ${pick(speechVerbs)}. "${pick(quotes)}"`)
    else if (kind === 1) lines.push(`${other.name}, ${pick(titles)} of ${pick(organizations)}, ${pick(speechVerbs)} that the government ${pick(claims)} on ${topic}.`)
    else if (kind === 2) lines.push(`The plan ${pick(claims)}, according to ${pick(organizations)}, which published its report in ${pick(months)} this year.`)
    else if (kind === 3) lines.push(`${other.family} called the decision "${pick(quotes).slice(0, -1).toLowerCase()}" and said talks would resume next ${pick(days)}.`)
    else lines.push(`Figures released last month showed ${topic} rising by ${(next() * 10).toFixed(1)} percent, the fastest pace since ${1990 + Math.floor(next() * 30)}.`)
    lines.push('')
  }
  return lines.join('\n')
}

/** The generated corpus: `count` articles from `seed` (defaults give about 1 MB). */
export function generatedCorpus(count = 1000, seed = 20231): string[] {
  const next = random(seed)
  return Array.from({ length: count }, () => article(next))
}
