import type { ParagraphView } from './paragraph-view.js'
import { lowerAt } from './paragraph-view.js'
import { TokenKind } from '../text/tokens.js'

/** A quotation: the token of its opening mark and of its closing mark (or the paragraph's last token when it runs on). */
export interface Quotation {
  open: number
  close: number
  /** Whether the quotation runs past the end of the paragraph without closing. */
  open_ended: boolean
  words: number
}

const opening = new Set(['“', '„', '«', '``'])
const closing = new Set(['”', '»'])

/**
 * Pair the quotation marks of a paragraph. Curly marks say which way they
 * face; a straight `"` opens after a space or an opening bracket and closes
 * otherwise. A quotation left open runs to the end of the paragraph (news
 * style for quotes that continue in the next one).
 *
 * @example
 * findQuotations(viewParagraph(text, 0, span))
 */
export function findQuotations(view: ParagraphView): Quotation[] {
  const out: Quotation[] = []
  // Curly and straight marks pair only with their own kind, so `"… “Bathroom Bill,” …"` nests.
  let open = -1
  let openStyle: 'curly' | 'straight' = 'straight'
  for (let token = 0; token < view.tokens.count; token++) {
    if (view.tokens.kind[token] !== TokenKind.quote) continue
    const mark = lowerAt(view, token)!
    const style: 'curly' | 'straight' = opening.has(mark) || closing.has(mark) ? 'curly' : 'straight'
    let opens: boolean
    if (opening.has(mark)) opens = true
    else if (closing.has(mark)) opens = false
    else {
      const before = view.tokens.start[token]! === view.span.start ? ' ' : view.text[view.tokens.start[token]! - 1]!
      opens = !(open !== -1 && openStyle === 'straight') && (before === ' ' || before === '\n' || before === '(' || before === '[' || before === '—' || before === '-' || before === '\t' || token === 0)
    }
    if (opens) {
      if (open === -1) {
        open = token
        openStyle = style
      }
    } else if (open !== -1 && style === openStyle) {
      out.push({ open, close: token, open_ended: false, words: countWords(view, open, token) })
      open = -1
    }
  }
  if (open !== -1 && open < view.tokens.count - 1) out.push({ open, close: view.tokens.count - 1, open_ended: true, words: countWords(view, open, view.tokens.count) })
  return out
}

function countWords(view: ParagraphView, from: number, to: number): number {
  let words = 0
  for (let token = from + 1; token < to; token++) if (view.tokens.kind[token] === TokenKind.word) words++
  return words
}
