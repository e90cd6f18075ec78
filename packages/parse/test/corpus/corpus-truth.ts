// What the corpus formats themselves say about each document, independent of
// the parser: the headline line, the dateline and trailer of wire copy, the
// body text and its paragraph count. The corpus checks compare the parser
// against these.

/** The facts one corpus document states by its format. */
export interface CorpusTruth {
  headline: string | null
  dateline: { place: string; date: string } | null
  publisher: string | null
  /** Body text, whitespace-folded. */
  body: string | null
  paragraphCount: number | null
  hasTable: boolean
}

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim()
const tableRow = /\S {3,}\S|\S {2}\S.*\S {2}\S/

/** Read a BBC News file: headline, blank line, blank-line paragraphs. */
export function bbcTruth(text: string): CorpusTruth {
  const newline = text.indexOf('\n')
  const body = text.slice(newline + 1)
  const paragraphs = body.split(/\n\s*\n/).filter((part) => part.trim().length > 0)
  return { headline: text.slice(0, newline).trim(), dateline: null, publisher: null, body: fold(body), paragraphCount: paragraphs.length, hasTable: false }
}

/** Read a Reuters-21578 file: TITLE line, indented DATELINE, body with indented paragraphs, `Reuter` trailer. */
export function reutersTruth(text: string): CorpusTruth {
  const lines = text.split('\n')
  const headline = lines[0]!.trim()
  const rest = lines.slice(1).join('\n')
  const dateline = /^[ \t]+([A-Z][^,\n]{1,60}?(?:, [A-Z][A-Za-z. ]{1,20})?),? ([A-Z][a-z]{2,8}\.? \d{1,2}) --?(?: |\n|$)/.exec(rest)
  const lastLineStart = rest.trimEnd().lastIndexOf('\n')
  const trailer = lastLineStart !== -1 && /^(?:reuter|reuters|reute)\W{0,3}$/i.test(rest.slice(lastLineStart).trim()) ? { index: lastLineStart } : null
  let body = rest
  if (trailer) body = body.slice(0, trailer.index)
  if (dateline) body = body.slice(dateline[0].length)
  // Paragraphs start with an indent; a dateline alone on its line starts none.
  const bodyLines = (dateline ? ' '.repeat(4) + body : rest.slice(0, trailer ? trailer.index : rest.length)).split('\n')
  const paragraphCount = bodyLines.filter((line) => /^\s+\S/.test(line)).length
  return {
    headline,
    dateline: dateline?.[2] ? { place: dateline[1]!.trim(), date: dateline[2] } : null,
    publisher: trailer ? 'Reuters' : null,
    body: fold(body),
    paragraphCount,
    hasTable: bodyLines.some((line) => tableRow.test(line.trim()))
  }
}
