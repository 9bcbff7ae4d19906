/**
 * "The researchers, led by …, compared images. They found that …": a "they" opening a sentence may take up
 * the plural subject of the sentence before it, a group that did something without saying anything.
 */
import type { Token } from '../../document/types.js';
import { isPluralNounForm } from '../../util/plural.js';
import type { RuleContext } from '../types.js';
import type { PhraseMatch } from './noun-phrase.js';
import { sentenceSubject } from './subject.js';

/** The pronoun that can take up the previous sentence's subject. */
const SENTENCE_OPENING_PRONOUN = 'they';

/**
 * For a "they" at token `word` that opens its sentence: the subject of the sentence before it in the same
 * paragraph when that subject is a common noun phrase with a plural head ("The researchers"); else null.
 */
export function previousPluralSubject(context: RuleContext, word: number): PhraseMatch | null {
  const { tokens, sentences } = context.doc;
  const pronoun = tokens[word] as Token;
  const sentence = sentences[pronoun.sentence];
  const previous = sentences[pronoun.sentence - 1];
  if (pronoun.lower !== SENTENCE_OPENING_PRONOUN || sentence === undefined || sentence.firstToken !== word) return null;
  if (previous === undefined || previous.paragraph !== sentence.paragraph) return null;
  const subject = sentenceSubject(context, previous, previous.endToken);
  if (subject === null || subject.kind !== 'description') return null;
  const head = tokens[subject.endToken - 1] as Token;
  return head.pos === 'NOUN' && isPluralNounForm(head.lower) ? subject : null;
}
