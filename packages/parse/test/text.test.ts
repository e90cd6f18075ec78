import { describe, expect, it } from 'vitest'
import { lookUpWord, WordClass, wordClassesOf } from '../src/lexicon/word-classes.js'
import { hasClass, isCapitalized, lowerAt, sentenceHas, sentenceHasKind, viewParagraph } from '../src/statements/paragraph-view.js'
import { sameSpan, spanHash } from '../src/text/span-hash.js'
import { splitSentences } from '../src/text/sentences.js'
import { TokenKind, tokenize } from '../src/text/tokens.js'
import { allocateUint32 } from '../src/text/typed-arena.js'

describe('tokens', () => {
  it('says whether a stretch needs whitespace folding', () => {
    const folded = (text: string): boolean => tokenize(text, 0, text.length).folded
    expect(folded('He said "no."')).toBe(true)
    expect(['He  said', 'He\tsaid', 'He\u00a0said', 'He\nsaid', ' He said', 'He said ', 'He \u2028said'].map(folded)).toEqual([false, false, false, false, false, false, false])
  })
})

describe('sentences', () => {
  const sentencesOf = (text: string): string[] => {
    const tokens = tokenize(text, 0, text.length)
    return [...splitSentences(text, tokens)].map((last, index, ends) => text.slice(tokens.start[index === 0 ? 0 : ends[index - 1]! + 1], tokens.end[last]))
  }

  it('keeps titles, initials and abbreviations inside a sentence, and quotes that close after the period', () => {
    expect(sentencesOf('Mr. Trump met John F. Kennedy Jr. in Sept. 2015 at 3.5 p.m. "It went well." He left.')).toEqual(['Mr. Trump met John F. Kennedy Jr. in Sept. 2015 at 3.5 p.m.', '"It went well."', 'He left.'])
  })

  it('ends a sentence at an abbreviation when a pronoun or article opens the next, but never after a title', () => {
    expect(sentencesOf('Attacks rose in the U.S. He says more are coming. They met in Richmond, Va. The talks failed.')).toEqual(['Attacks rose in the U.S.', 'He says more are coming.', 'They met in Richmond, Va.', 'The talks failed.'])
    expect(sentencesOf('Mr. He Jiankui spoke. Dr. The Hon. Jane Doe did not.')).toEqual(['Mr. He Jiankui spoke.', 'Dr. The Hon. Jane Doe did not.'])
  })
})

describe('word classes', () => {
  it('finds listed words in any ASCII case, without slicing', () => {
    const text = 'Officials SAID the Ministry said'
    expect(lookUpWord('officials said', 10, 14)?.word).toBe('said')
    expect((wordClassesOf('said') & WordClass.speechCue) !== 0).toBe(true)
    expect(wordClassesOf('saidx')).toBe(0)
    expect(spanHash(text, 10, 14)).toBe(spanHash('said', 0, 4))
    expect(sameSpan('said', text, 10, 14)).toBe(true)
    expect(sameSpan('said', text, 28, 32)).toBe(true)
    expect(sameSpan('sail', text, 28, 32)).toBe(false)
  })

  it('gives each token of a view its classes, capitalization and lower-case text on demand', () => {
    const text = 'Russian President Vladimir Putin said on Wednesday that ties were strong.'
    const view = viewParagraph(text, 0, { start: 0, end: text.length })
    expect(hasClass(view, 0, WordClass.demonym)).toBe(true)
    expect(hasClass(view, 1, WordClass.titleWord)).toBe(true)
    expect(hasClass(view, 4, WordClass.speechCue)).toBe(true)
    expect(hasClass(view, 6, WordClass.timeStarter)).toBe(true)
    expect([0, 1, 2, 3, 4].map((token) => isCapitalized(view, token))).toEqual([true, true, true, true, false])
    expect(hasClass(view, -1, WordClass.speechCue) || hasClass(view, 99, WordClass.speechCue)).toBe(false)
    expect([lowerAt(view, 0), lowerAt(view, 3), lowerAt(view, 11), lowerAt(view, 12)]).toEqual(['russian', 'putin', '.', undefined])
    // Sentences sum up what they hold.
    expect(sentenceHas(view, 0, WordClass.speechCue)).toBe(true)
    expect(sentenceHasKind(view, 0, TokenKind.number)).toBe(false)
    expect((view.classesPresent & WordClass.sourceIntroducer) !== 0).toBe(false)
  })
})

describe('typed arena', () => {
  it('hands out zeroed arrays that never overlap', () => {
    const first = allocateUint32(3)
    first.fill(7)
    const second = allocateUint32(5)
    expect([...second]).toEqual([0, 0, 0, 0, 0])
    expect([...first]).toEqual([7, 7, 7])
    // Past a chunk's end, and larger than a chunk share: still fresh and zeroed.
    const many = Array.from({ length: 40 }, () => allocateUint32(4000))
    many.forEach((array, index) => array.fill(index + 1))
    expect(many.every((array, index) => array.every((value) => value === index + 1))).toBe(true)
    expect([...allocateUint32(100_000).subarray(0, 3)]).toEqual([0, 0, 0])
  })
})
