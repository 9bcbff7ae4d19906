/** The internal model of an article that every later stage reads. Offsets are UTF-16, end-exclusive. */

/** Universal part-of-speech tags, as wink-nlp gives them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One word, number or punctuation mark. */
export interface Token {
  /** Position in `Document.tokens`. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text, for vocabulary look-ups. */
  readonly lower: string;
  readonly pos: PartOfSpeech;
  /** Dictionary form ("said" → "say"). */
  readonly lemma: string;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
}

/** A sentence: never crosses a paragraph break. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of its first token in `Document.tokens`. */
  readonly firstToken: number;
  /** Index just past its last token. */
  readonly endToken: number;
  readonly paragraph: number;
}

/** A paragraph: a run of text between line breaks. */
export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of its first sentence. */
  readonly firstSentence: number;
  /** Index just past its last sentence. */
  readonly endSentence: number;
}

/** An article split into paragraphs, sentences and tokens, over the unmodified text. */
export interface Document {
  readonly text: string;
  /** Tokens without whitespace tokens, in text order. */
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}
