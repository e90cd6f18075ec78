import type { ParagraphView } from './paragraph-view.js'
import { lowerAt, tokenKind, tokenStart } from './paragraph-view.js'
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
 * otherwise. Curly and straight marks pair with their own kind, so `"…
 * “Bathroom Bill,” …"` nests; but a quotation typed with mixed marks
 * (`"But Pete Wilson won,” Axelrod said`, `“…here,“ said Clyburn`) closes
 * on the first mark placed as a closer that no inner quotation claims. A
 * quotation left open runs to the end of the paragraph (news style for
 * quotes that continue in the next one).
 *
 * @example
 * findQuotations(viewParagraph(text, 0, span))
 */
export function findQuotations(view: ParagraphView): Quotation[] {
  const out: Quotation[] = []
  let open = -1
  let openStyle: 'curly' | 'straight' = 'straight'
  // Marks of the other style opened inside the current quotation and not yet closed.
  let inner = 0
  for (let token = 0; token < view.tokenCount; token++) {
    if (tokenKind(view, token) !== TokenKind.quote) continue
    const mark = lowerAt(view, token)!
    const style: 'curly' | 'straight' = opening.has(mark) || closing.has(mark) ? 'curly' : 'straight'
    const placedToOpen = opensByPlace(view, token)
    if (open === -1) {
      // Outside a quotation, a curly mark says which way it faces; a straight one opens where it is placed to
      // (and so does a closing curly mark that opens the paragraph: `” … he delivered …,” Barabak wrote`).
      if (opening.has(mark) || (style === 'straight' && placedToOpen) || (token === 0 && closing.has(mark))) {
        open = token
        openStyle = style
        inner = 0
      }
      continue
    }
    let closes: boolean
    if (style === openStyle) {
      // `“…,“ said`: a curly opening mark placed as a closer closes.
      closes = style === 'straight' || closing.has(mark) || !placedToOpen
    } else if (placedToOpen && (style === 'straight' || opening.has(mark))) {
      inner++
      continue
    } else if (inner > 0) {
      inner--
      continue
    } else closes = !placedToOpen
    if (closes) {
      out.push({ open, close: token, open_ended: false, words: countWords(view, open, token) })
      open = -1
    }
  }
  if (open !== -1 && open < view.tokenCount - 1) out.push({ open, close: view.tokenCount - 1, open_ended: true, words: countWords(view, open, view.tokenCount) })
  return out
}

/** Whether a quotation mark stands where an opening one does: after a space, a line break, an opening bracket or a dash, or first. */
function opensByPlace(view: ParagraphView, token: number): boolean {
  if (token === 0) return true
  const start = tokenStart(view, token)!
  if (start === view.span.start) return true
  const before = view.text[start - 1]!
  return before === ' ' || before === '\n' || before === '(' || before === '[' || before === '—' || before === '-' || before === '\t'
}

function countWords(view: ParagraphView, from: number, to: number): number {
  let words = 0
  for (let token = from + 1; token < to; token++) if (tokenKind(view, token) === TokenKind.word) words++
  return words
}
