/**
 * "Mayor Roe on Ferry Fares: The Rise Is ‘Fair.’": an article's title made of a name, "on" and a topic, a
 * colon, and words that quote: the name said what follows the colon, on that topic. The title must close as
 * a sentence does and quote after the colon; a title that only names a person and a subject ("Roe on Fares:
 * A Closer Look.") reports no words. The name ends in a person's title or in a word that is no ordinary word
 * ("Notes on Ferry Fares: …" names no one).
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { makeCandidate } from '../candidate.js';
import { contentRanges } from '../phrases/ranges.js';
import { toSpeaker } from '../phrases/speaker.js';
import { isCapitalised } from '../phrases/tokens.js';
import type { Candidate, RuleContext } from '../types.js';
import { headlineNamesSomeone } from '../phrases/headline-name.js';
import { HEADLINE_TOPIC_PREPOSITIONS } from '../../../vocabulary/cue-verbs.js';

const TOPIC_PREPOSITIONS = new Set(HEADLINE_TOPIC_PREPOSITIONS);
/** Most words of the name before the preposition: "House Speaker Ann Roe". */
const MAX_NAME_TOKENS = 4;
/** Most words of the topic between the preposition and the colon: "the New Ferry Fares". */
const MAX_TOPIC_TOKENS = 5;
/** How a title closes as a sentence: a full stop, a question or exclamation mark, or a closing quotation mark. */
const CLOSING = /[.!?'"\u2019\u201D]$/;

/** The claim of the article's title when it reads "Name on Topic: …" and quotes after the colon. */
export function headlineTopicColonClaims(context: RuleContext): Candidate[] {
  const { doc } = context;
  const title = doc.paragraphs[0];
  if (title === undefined || doc.paragraphs.length < 2 || title.endSentence - title.firstSentence !== 1) return [];
  const sentence = doc.sentences[title.firstSentence] as Sentence;
  const tokens = doc.tokens;
  const preposition = topicPreposition(tokens, sentence);
  if (preposition < 0) return [];
  const colon = tokens.slice(preposition + 2, Math.min(sentence.endToken, preposition + 2 + MAX_TOPIC_TOKENS)).find((token) => token.text === ':');
  const after = colon === undefined ? undefined : tokens[colon.index + 1];
  if (colon === undefined || after === undefined || after.index >= sentence.endToken) return [];
  const topic = tokens.slice(preposition + 1, colon.index);
  if (topic.some((token) => token.pos === 'VERB' || token.pos === 'PUNCT')) return [];
  if (!CLOSING.test(doc.text.slice(title.start, title.end).trimEnd())) return [];
  if (!context.quotes.some((quote) => quote.start >= after.start && quote.end <= title.end)) return [];
  const cue: Cue = {
    kind: 'verb', type: 'speech', start: (tokens[preposition] as Token).start, end: colon.end, firstToken: preposition,
    endToken: colon.index + 1, verbToken: preposition, lemma: ':', passive: false, participle: false, sentence: sentence.index,
  };
  const speaker = toSpeaker(context, { firstToken: sentence.firstToken, endToken: preposition, kind: 'name' });
  const candidate = makeCandidate(context, 'headline-topic-colon', contentRanges(doc, after.start, title.end), cue, speaker);
  return candidate === null ? [] : [candidate];
}

/** The token of the preposition after the name opening `sentence`, or -1 when the title opens with no name so. */
function topicPreposition(tokens: readonly Token[], sentence: Sentence): number {
  for (let i = sentence.firstToken; i < sentence.endToken && i <= sentence.firstToken + MAX_NAME_TOKENS; i += 1) {
    const token = tokens[i] as Token;
    if (TOPIC_PREPOSITIONS.has(token.lower)) return i > sentence.firstToken && headlineNamesSomeone(tokens[i - 1] as Token) ? i : -1;
    if (token.pos !== 'PROPN' || !isCapitalised(token)) return -1;
  }
  return -1;
}
