// The libraries a user would otherwise reach for, each asked for what
// newsdoc returns: compromise (people, organizations, quotations) and
// wink-nlp with its English web model (entities and sentences).
import nlp from 'compromise'
import winkNlp from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** compromise: parse, then list people, organizations and quotations. */
export function compromiseExtract(text: string): number {
  const document = nlp(text)
  return document.people().out('array').length + document.organizations().out('array').length + document.quotations().out('array').length
}

const wink = winkNlp(model)
const its = wink.its

/** wink-nlp: read the document, then list entities and sentences. */
export function winkExtract(text: string): number {
  const document = wink.readDoc(text)
  return document.entities().out(its.value).length + document.sentences().out().length
}
