/**
 * The public contract of whosaid: everything `extract()` returns.
 *
 * Every offset is a UTF-16 code-unit index into {@link Extraction.text}, end-exclusive,
 * so `extraction.text.slice(span.start, span.end) === span.text` holds for every span.
 */

/** Version of the output shape; bumped on any breaking change to these types. */
export const SCHEMA_VERSION = '1.0.0';

/** A piece of the input text. */
export interface Span {
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just past the last character (end-exclusive). */
  readonly end: number;
  /** The characters covered: always `text.slice(start, end)`. */
  readonly text: string;
}

/** An article to read, with what is known about it. */
export interface ArticleInput {
  /** The article body, as plain text. Paragraphs are separated by blank lines or line breaks. */
  readonly text: string;
  /** Publication date (ISO 8601 date or date-time, or a `Date`); relative dates resolve against it. */
  readonly publishedAt?: string | Date;
  /** Headline, kept for reference; not analysed. */
  readonly title?: string;
  /** Where the article was read; kept for reference. */
  readonly url?: string;
  /** The outlet that published the article; kept for reference. */
  readonly outlet?: string;
}

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Publication date; overrides `ArticleInput.publishedAt`. ISO 8601 date string or `Date`. */
  readonly publishedAt?: string | Date;
}

/** How the reported words are given. */
export type ClaimKind =
  /** All the content stands inside quote marks. */
  | 'direct'
  /** Reported speech that contains quoted words. */
  | 'mixed'
  /** Reported speech with no quote marks. */
  | 'indirect';

/**
 * What a claim's cue reports. News attributes more than words: `belief` ("X believes that …"), `evidence`
 * ("polls show that …", "according to the data") and `intention` ("X wants to …", "X called for …") are
 * claims too; keep to `speech` and `writing` for words actually said or written.
 */
export type CueType = 'speech' | 'writing' | 'belief' | 'evidence' | 'intention';

/** Who a claim is attributed to, as the text says it and as resolved. */
export interface Speaker {
  /** What the text says at the attribution: "he", "Ms. Roe", "the speaker", "France's foreign ministry". */
  readonly mention: Span;
  /** Id of the {@link Entity} the mention resolves to, or null when it resolves to none. */
  readonly entity: string | null;
  /** The entity's canonical name ("Jane Roe"), or the mention's text when unresolved. */
  readonly name: string;
}

/** The outlet that carried the words ("who spoke to NPR", "according to AFP"). */
export interface Source {
  /** The outlet's name as written. */
  readonly mention: Span;
  /** Id of the {@link Entity} the outlet resolves to, or null. */
  readonly entity: string | null;
}

/** One attributed statement. */
export interface Claim {
  /** Identifier within this extraction ("c1", "c2", …), stable for the same input. */
  readonly id: string;
  /** Whether the content is quoted, partly quoted or paraphrased. */
  readonly kind: ClaimKind;
  /**
   * The reported words, in text order: one piece, or several when the quote is split around its attribution
   * or runs over several paragraphs. A direct quote's quote marks belong to its content, and so does the
   * "that" introducing indirect speech ("said that taxes would rise" → "that taxes would rise").
   */
  readonly content: readonly Span[];
  /** The reporting words: "said", "told", "according to", "continued by saying"; null when none is written. */
  readonly cue: Span | null;
  /** What the cue reports; null when no cue is written (a quotation taken up from the paragraph before). */
  readonly cueType: CueType | null;
  /** Who said it; null when the text does not say. */
  readonly speaker: Speaker | null;
  /** The outlet that carried the words, kept apart from the speaker; null when none is named. */
  readonly source: Source | null;
  /** Ids of the entities mentioned inside the content, in order of first mention. */
  readonly entities: readonly string[];
  /** Ids of the dates written in the claim's sentences, in text order. */
  readonly dates: readonly string[];
  /**
   * When the words were said, as the claim's own sentence gives it ("said on Saturday" → "2023-02-18"): the
   * ISO value of that date, at its precision; null when the sentence does not say or the date is unresolved.
   */
  readonly saidOn: string | null;
  /**
   * Estimated chance, from 0 to 1, that content, cue and speaker are all right, read from general evidence
   * about how the claim was found (quote marks, the cue, the speaker's place, the content's length, the rule).
   * Claims at 0.9 or above are meant to be right at least nine times in ten.
   */
  readonly confidence: number;
  /** Id of the attribution rule that produced the claim, e.g. "content-comma-speaker-cue". */
  readonly rule: string;
}

/** Entity types, as in OntoNotes. */
export type EntityType =
  /** People, real or fictional. */
  | 'PERSON'
  /** Companies, agencies, institutions, outlets, teams. */
  | 'ORG'
  /** Countries, cities, states: places with a government. */
  | 'GPE'
  /** Other places: continents, regions, bodies of water. */
  | 'LOC'
  /** Nationalities, religious and political groups ("Chinese", "Republicans"). */
  | 'NORP'
  /** Named events ("World Economic Forum"). */
  | 'EVENT';

/** One referent, with every place the article mentions it. */
export interface Entity {
  /** Identifier within this extraction ("e1", "e2", …). */
  readonly id: string;
  /** What kind of thing it is. */
  readonly type: EntityType;
  /** Canonical name: the fullest form the article uses ("Jane Roe", "United States"). */
  readonly name: string;
  /** Every mention in text order: names, aliases ("Ms. Roe", "Washington" for the US government). */
  readonly mentions: readonly Span[];
  /** Offices and descriptions the article gives it ("Finance Minister", "the country’s top negotiator"). */
  readonly roles: readonly string[];
}

/** How much of a date the text states. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** A date or time written in the article. */
export interface DateMention {
  /** Identifier within this extraction ("d1", "d2", …). */
  readonly id: string;
  /** The expression as written ("on Saturday", "early February"). */
  readonly span: Span;
  /**
   * ISO 8601 value at the stated precision ("2023", "2023-02", "2023-02-18", "2023-02-19T09:00"), resolved
   * against the publication date; null when it cannot be resolved (no publication date for a relative date).
   * A period that is not one calendar unit is an ISO 8601 interval "start/end" of two values at `precision`,
   * both ends included: a range ("from March 3 to 5" → "2023-03-03/2023-03-05", "1991-2020" → "1991/2020")
   * or a quarter ("the third quarter" → "2023-07/2023-09", precision "month").
   */
  readonly value: string | null;
  /** How much of the date the text states. */
  readonly precision: DatePrecision;
}

/** What `extract()` returns. */
export interface Extraction {
  /** Version of this shape ({@link SCHEMA_VERSION}). */
  readonly schemaVersion: string;
  /** The input text, unchanged; every offset indexes it. */
  readonly text: string;
  /** The publication date used to resolve relative dates (YYYY-MM-DD), or null. */
  readonly publishedAt: string | null;
  /** Attributed statements, in text order. */
  readonly claims: readonly Claim[];
  /** People, organisations, places, groups and events, in order of first mention. */
  readonly entities: readonly Entity[];
  /** Dates and times, in text order. */
  readonly dates: readonly DateMention[];
  /** Things the reader should know: unbalanced quote marks, an unreadable publication date, … */
  readonly warnings: readonly string[];
}
