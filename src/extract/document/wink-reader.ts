/**
 * One wink-nlp instance, read so that no text changes how a later one is read.
 *
 * wink adds every word its model lacks to the model's lexicon, and its tokenizer keeps a word it finds in
 * the lexicon whole: once a text has ended a sentence on "Smith's.", a later "Smith's" would no longer be cut
 * into "Smith" and "'s". So the lexicon entries that reading a text adds are forgotten afterwards, and each
 * text is read as if it came first. wink keeps those words' data by position, so that data is left in place;
 * once it has grown large the instance is replaced by a fresh one, which bounds the memory a long batch uses.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The part of wink's model object that reading a text adds to. */
interface LexemeFeature {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
  readonly intrinsicSize: number;
}

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

/** Reads `text` with wink, leaving its lexicon as it was before. */
export function readWithWink(text: string): WinkDocument {
  const { wink, lexemes } = current();
  const known = lexemes.list.length;
  const doc = wink.readDoc(text);
  for (let i = known; i < lexemes.list.length; i += 1) delete lexemes.hash[lexemes.list[i] as string];
  return doc;
}

/** The shared instance, made afresh once the words it has read (and forgotten) pass {@link MAX_ADDED_WORDS}. */
function current(): { readonly wink: Wink; readonly lexemes: LexemeFeature } {
  if (instance === undefined || instance.lexemes.list.length - instance.lexemes.intrinsicSize > MAX_ADDED_WORDS) {
    instance = newInstance();
  }
  return instance;
}
