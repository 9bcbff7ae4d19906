/**
 * "Senator Rips Ferry Plan As A ‘Giveaway.’", "Council Leaders Weigh Plans for a Levy.", "Mayor Goes After
 * Rival on Fares.": an article's title made of a name, a headline verb in the present and its object; the
 * name holds what the object says. With a colon and a quotation after the object ("Senator Grills Port
 * Chief: ‘You Should Resign.’") the quotation is what the name said; a verb of speaking reports only the
 * quotation right after it ("Coach Speaks ‘From The Heart’ …"); an intention reports its infinitive ("Mayor
 * Vows To Fight Ferry Cuts."). A Title Case title writes its verb with a capital, so the verb is known by its
 * form, not its tag: the words before it must name someone (phrases/headline-name.ts), and a verb in its
 * dictionary form must follow a plural ("Lawmakers Rip …"). The rule reads only a title no other rule has
 * claimed.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { titleParagraph } from '../../document/paragraphs.js';
import { isReportingNounForm } from '../../document/reporting-verbs.js';
import { isPluralNounForm } from '../../util/plural.js';
import { makeCandidate } from '../candidate.js';
import { contentRanges } from '../phrases/ranges.js';
import { toSpeaker } from '../phrases/speaker.js';
import { headlineNamesSomeone } from '../phrases/headline-name.js';
import { isCapitalised, isQuoteMark } from '../phrases/tokens.js';
import type { Candidate, RuleContext } from '../types.js';
import { CUE_VERB_TYPES, CUE_VERBS, OBJECT_CUE_VERBS, TO_INFINITIVE_VERBS, type CueVerbType } from '../../../vocabulary/cue-verbs.js';
import { POSSESSIVE_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { HEADLINE_OBJECT_VERBS, HEADLINE_QUOTING_VERBS } from '../../../vocabulary/headline-verbs.js';

/**
 * What a headline verb reports: its whole object; only a quotation right after it ("Speaks ‘…’"); or the
 * infinitive after it, "to" included ("Vows To Fight Ferry Cuts").
 */
type HeadlineReading = 'object' | 'quotation' | 'infinitive';

/** A headline verb: its words ("go after" → ["go", "after"]; "vow to" for an infinitive), what it reports and how. */
interface HeadlineVerb {
  readonly words: readonly string[];
  readonly type: CueVerbType;
  readonly reading: HeadlineReading;
}

/** A headline verb found in a title: its first token, the token after its words, its lemma. */
interface HeadlineVerbMatch extends HeadlineVerb {
  readonly verb: number;
  readonly end: number;
  readonly lemma: string;
}

/** Headline verbs, and verbs of a stance taken on an object ("Backs", "Slams"), longest first. */
const VERBS: readonly HeadlineVerb[] = [
  ...(Object.entries(HEADLINE_OBJECT_VERBS) as [CueVerbType, readonly string[]][]).flatMap(([type, verbs]) => verbs.map((verb) => headlineVerb(verb, type, 'object'))),
  ...OBJECT_CUE_VERBS.belief.map((verb) => headlineVerb(verb, 'belief', 'object')),
  ...HEADLINE_QUOTING_VERBS.map((verb) => headlineVerb(verb, 'speech', 'quotation')),
  ...[...new Set([...TO_INFINITIVE_VERBS, ...CUE_VERBS.intention])].map((verb) => headlineVerb(`${verb} to`, CUE_VERB_TYPES.get(verb) ?? 'intention', 'infinitive')),
].sort((a, b) => b.words.length - a.words.length);
/** Most words of the name before the verb: "House Speaker Ann Roe". */
const MAX_NAME_TOKENS = 5;
/** Parts of speech of a name's words: "Black Lawmakers", "E.U. leaders", "Former City Judge". */
const NAME_TAGS = /^(?:PROPN|NOUN|ADJ|NUM)$/;
/** Possessives that open an object: "Rips His Rival". */
const POSSESSIVES = new Set(POSSESSIVE_PRONOUNS);
/** Parts of speech of words that open no object, capitalised or not: "Over", "And", "Will". */
const FUNCTION_TAGS = /^(?:ADP|PART|AUX|CCONJ|SCONJ|PUNCT|ADV)$/;
/** Parts of speech that open an object: "Ferry Plan", "the Plan", "New Fares", "20 Cuts". */
const OBJECT_TAGS = /^(?:PROPN|NOUN|ADJ|NUM|DET)$/;
/** A consonant and "y" last: "parry" → "parries". */
const CONSONANT_Y_END = /[^aeiou]y$/;
/** Endings that take "-es" in the present: "bashes", "goes", "mixes". */
const ES_ENDINGS = /(?:s|sh|ch|x|z|o)$/;

/** The claim of the article's title when it reads "Name Verbs Object." */
export function headlineVerbObjectClaims(context: RuleContext): Candidate[] {
  const { doc } = context;
  const title = titleParagraph(doc.text, doc.paragraphs) === null ? undefined : doc.paragraphs[0];
  if (title === undefined || title.endSentence - title.firstSentence !== 1) return [];
  if (context.accepted.some((candidate) => (candidate.content[0]?.start ?? Infinity) < title.end)) return [];
  const sentence = doc.sentences[title.firstSentence] as Sentence;
  const tokens = doc.tokens;
  const match = headlineVerbAt(tokens, sentence);
  if (match === null) return [];
  const { verb, end, type, reading } = match;
  // "Vows To Fight …": the content opens with "to", the cue is the verb alone.
  const start = reading === 'infinitive' ? end - 1 : end;
  const object = tokens[start];
  const opener = tokens[end];
  if (object === undefined || opener === undefined || end >= sentence.endToken || !(opensObject(opener) || (reading === 'infinitive' && opener.pos === 'VERB'))) return [];
  const quotation = context.quotes.find((quote) => quote.start === object.start);
  if (reading === 'quotation' && quotation === undefined) return [];
  const cue: Cue = {
    kind: 'verb', type, start: (tokens[verb] as Token).start, end: (tokens[start - 1] as Token).end, firstToken: verb, endToken: start,
    verbToken: verb, lemma: match.lemma, passive: false, participle: false, sentence: sentence.index,
  };
  const content = quotation !== undefined && reading === 'quotation' ? contentRanges(doc, quotation.start, quotation.end)
    : contentRanges(doc, reading === 'object' ? quotedAfterColon(context, end, sentence) ?? object.start : object.start, title.end);
  const speaker = toSpeaker(context, { firstToken: sentence.firstToken, endToken: verb, kind: 'name' });
  const candidate = makeCandidate(context, 'headline-verb-object', content, cue, speaker, type);
  return candidate === null ? [] : [candidate];
}

/** A headline verb of `type` from its entry ("go after"), read as `reading` says. */
function headlineVerb(entry: string, type: CueVerbType, reading: HeadlineReading): HeadlineVerb {
  return { words: entry.split(' '), type, reading };
}

/**
 * Whether `token` opens an object or an infinitive's verb: a noun phrase's word, a possessive, a quotation
 * mark, or any capitalised word but a function word (a Title Case title tags its words as it can).
 */
function opensObject(token: Token): boolean {
  return OBJECT_TAGS.test(token.pos) || POSSESSIVES.has(token.lower) || isQuoteMark(token) || (isCapitalised(token) && !FUNCTION_TAGS.test(token.pos));
}

/** The headline verb after the name that opens `sentence`, with the token after it; null when the title opens with no name so. */
function headlineVerbAt(tokens: readonly Token[], sentence: Sentence): HeadlineVerbMatch | null {
  for (let i = sentence.firstToken + 1; i < sentence.endToken && i <= sentence.firstToken + MAX_NAME_TOKENS; i += 1) {
    const last = tokens[i - 1] as Token;
    if (!NAME_TAGS.test(last.pos) && !(i - 1 === sentence.firstToken && last.pos === 'DET')) return null;
    const plural = isPluralNounForm(last.lower);
    for (const headline of VERBS) {
      const { words } = headline;
      const [lemma = '', ...rest] = words;
      const form = (tokens[i] as Token).lower;
      if (form !== presentForm(lemma) && !(plural && form === lemma)) continue;
      // "Mayor Fears Grow", "Senator Calls Mount": a plural of a noun of reporting is no verb there.
      if (rest.length === 0 && isReportingNounForm(form)) continue;
      if (!rest.every((word, offset) => tokens[i + 1 + offset]?.lower === word)) continue;
      return headlineNamesSomeone(last) ? { ...headline, verb: i, end: i + words.length, lemma: headline.reading === 'infinitive' ? lemma : words.join(' ') } : null;
    }
  }
  return null;
}

/** The form in -s of the present of `lemma`: "rips", "bashes", "goes", "parries". */
function presentForm(lemma: string): string {
  if (CONSONANT_Y_END.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return ES_ENDINGS.test(lemma) ? `${lemma}es` : `${lemma}s`;
}

/** Where a quotation after a colon past the object at `from` starts ("Grills Port Chief: ‘…’"), or null. */
function quotedAfterColon(context: RuleContext, from: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  for (let i = from; i < sentence.endToken - 1; i += 1) {
    if ((tokens[i] as Token).text !== ':') continue;
    const after = tokens[i + 1] as Token;
    return context.quotes.some((quote) => quote.start === after.start) ? after.start : null;
  }
  return null;
}
