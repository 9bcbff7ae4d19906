/** Evidence about where a claim's speaker stands: how near its pronoun's antecedent is, which clause it opens. */
import type { SpeakerPhrase } from '../../attribution/types.js';
import type { Document, Token } from '../../document/types.js';
import type { ResolvedSpeaker } from '../../resolution/resolve-speakers.js';
import { firstEndingAfter, type IndexedMention } from '../../resolution/mention-index.js';
import { firstIndex } from '../../util/search.js';
import { sentenceIndexAt } from '../../document/sentence-at.js';
import { SUBORDINATING_CONJUNCTIONS } from '../../../vocabulary/cue-verbs.js';

const SUBORDINATORS = new Set(SUBORDINATING_CONJUNCTIONS);
/** How many sentences back a pronoun's antecedent may stand to count as just named. */
const NEAR_SENTENCES = 2;

/**
 * The speaker is a pronoun resolved to an entity last named one or two sentences before the pronoun's
 * ("Jane Roe spoke on Monday. She said …"), not in its own sentence nor further back.
 */
export function pronounNamedJustBefore(
  doc: Document,
  phrase: SpeakerPhrase | null,
  resolved: ResolvedSpeaker | null,
  mentions: readonly IndexedMention[],
): boolean {
  const entity = resolved?.entity;
  if (phrase?.kind !== 'pronoun' || entity === null || entity === undefined) return false;
  for (let i = firstEndingAfter(mentions, phrase.start) - 1; i >= 0; i -= 1) {
    const mention = mentions[i] as IndexedMention;
    if (mention.entity !== entity || mention.end > phrase.start) continue;
    const back = sentenceIndexAt(doc, phrase.start) - sentenceIndexAt(doc, mention.start);
    return back >= 1 && back <= NEAR_SENTENCES;
  }
  return false;
}

/**
 * The word before the speaker's phrase in its sentence opens an adverbial clause ("after she admitted …",
 * "though he noted …", "as Roe put it").
 */
export function speakerOpensAdverbialClause(doc: Document, phrase: SpeakerPhrase | null): boolean {
  if (phrase === null || phrase.kind === 'inherited') return false;
  const sentence = sentenceIndexAt(doc, phrase.start);
  for (let i = firstIndex(doc.tokens, (token) => token.end > phrase.start) - 1; i >= 0; i -= 1) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== sentence) return false;
    if (token.pos !== 'PUNCT') return SUBORDINATORS.has(token.lower);
  }
  return false;
}
