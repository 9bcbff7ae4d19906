/**
 * One wink-nlp instance, read so that no text changes how a later one is read.
 *
 * wink adds every word its model lacks to the model's lexicon, and its tokenizer keeps a word it finds in
 * the lexicon whole: once a text has ended a sentence on "Smith's.", a later "Smith's" would no longer be cut
 * into "Smith" and "'s". So the lexicon entries that reading a text adds are forgotten afterwards, and each
 * text is read as if it came first. wink keeps those words' data by position, so that data is left in place;
 * once it has grown large the instance is replaced by a fresh one, which bounds the memory a long batch uses.
 *
 * Words of plain letters with a lower-case one among them ("Zorbas", "reshored") are the exception: they
 * are kept. Such a word is one token of the category "word" whether wink knows it or not (its tokenizer
 * splits only at marks and digits, and only the all-capital currency codes "USD", "GBP", … come to it with
 * another category), and the data wink stores for it is worked out from the word alone, so keeping it
 * changes no later reading; forgetting it made wink work the same names out again in every text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The part of wink's model object that reading a text adds to. */
interface LexemeFeature {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
  readonly intrinsicSize: number;
}

/** Lexicon entries kept from one text to the next: ASCII letters, at least one of them lower case. */
const KEPT_WORD = /^[A-Za-z]*[a-z][A-Za-z]*$/;

/** Words read into a lexicon, beyond the model's own, after which a fresh instance is made. */
const MAX_ADDED_WORDS = 200_000;

type Wink = ReturnType<typeof winkNLP>;
export type WinkDocument = ReturnType<Wink['readDoc']>;

let instance: { readonly wink: Wink; readonly lexemes: LexemeFeature } | undefined;

// Only sentence boundaries and part of speech are used, so wink's negation, sentiment and entity passes are
// left out of its pipe: the tags and sentences are the same, and reading takes about two thirds of the time.
function newInstance(): { wink: Wink; lexemes: LexemeFeature } {
  let lexemes: LexemeFeature | undefined;
  const loadCore = (model as unknown as { core: () => { features: { lexeme: LexemeFeature } } }).core;
  const core = (): unknown => {
    const loaded = loadCore();
    lexemes = loaded.features.lexeme;
    return loaded;
  };
  const wink = winkNLP({ ...model, core } as unknown as typeof model, ['sbd', 'pos']);
  if (lexemes === undefined) throw new Error('wink-nlp did not load its model');
  return { wink, lexemes };
}

/** wink's annotation accessors, the same for every instance. */
export const its = current().wink.its;

/** Reads `text` with wink, then forgets the words it added to the lexicon but those {@link KEPT_WORD} keeps. */
export function readWithWink(text: string): WinkDocument {
  const { wink, lexemes } = current();
  const known = lexemes.list.length;
  const doc = wink.readDoc(text);
  for (let i = known; i < lexemes.list.length; i += 1) {
    const word = lexemes.list[i] as string;
    if (!KEPT_WORD.test(word)) delete lexemes.hash[word];
  }
  return doc;
}

/** The shared instance, made afresh once the words it has read (and forgotten) pass {@link MAX_ADDED_WORDS}. */
function current(): { readonly wink: Wink; readonly lexemes: LexemeFeature } {
  if (instance === undefined || instance.lexemes.list.length - instance.lexemes.intrinsicSize > MAX_ADDED_WORDS) {
    instance = newInstance();
  }
  return instance;
}
