/**
 * The evidence that moves a claim's confidence, as data. Confidence starts from {@link BASE_ODDS} and each
 * factor that applies multiplies the odds that the claim is right (content, cue and speaker together) by its
 * `odds`; confidence is then odds / (1 + odds). The values were measured on annotated news (attribution
 * rate by group, checked on two halves of the articles), rounded, and kept few so that each one carries a
 * plain reason; none is keyed to a particular text.
 */
import type { ClaimEvidence } from './evidence.js';

/** One piece of evidence and how much it moves the odds that a claim is right. */
export interface ConfidenceFactor {
  /** Short name, for traces and tests. */
  readonly name: string;
  /** Multiplier of the odds: above 1 raises confidence, below 1 lowers it. */
  readonly odds: number;
  /** What the factor means and why it moves confidence. */
  readonly reason: string;
  readonly applies: (evidence: ClaimEvidence) => boolean;
}

/**
 * Odds of a claim with none of the factors below: a paraphrase of 7 words or more after a belief or intention
 * cue, opening with a subject and its verb, with no other report beside it, no comma, clause break or "to"
 * opening it, and a speaker that is no pronoun; such claims are right more than nine times in ten (23 of 23
 * measured; 39 of 42 when evidence cues were counted with them). The base also sets where the 0.9 mark falls: claims at 0.9 or above are right about
 * 19 times in 20 (96.7%, holding 82.7% of the right claims; 97.1% and 96.2% on the two halves of the articles,
 * and at least 95.5% on each half of 20 random even splits of the articles, holding at least 80% there). At 10 the holding fell to 81.7% on one half with no gain in precision; at 12 precision fell to 94.1%
 * on some.
 */
export const BASE_ODDS = 11;

/** The rule that takes a noun phrase object of the cue as the content: "condemned the launch". */
const OBJECT_RULE = 'speaker-verb-object';

/**
 * Rules whose content or speaker is a looser guess (besides the object rule, counted on its own): a quotation framed by a verb that is not one of saying ("called it “…”"), a passive agent, a
 * possessive noun ("his claim that …", "her plan to …", "his theory of …", "in her view, …", "a critic of the toll, she …"), a quotation given the speaker of
 * the one before, a speaker who is not the cue's subject but is read off the clause around it ("led the minister to
 * fear …", "met Friday to discuss …"; too rare to measure apart: 6 of 7 right), a stance predicate's topic ("has
 * doubts about …", "is against …"; 4 of 4 right when added).
 */
const LOOSE_RULES: ReadonlySet<string> = new Set([
  'framing-verb-quote', 'passive-by-agent', 'reduced-passive-by-agent', 'possessive-noun-cue', 'possessive-noun-infinitive',
  'possessive-noun-topic', 'possessive-noun-response', 'framing-noun-phrase', 'floating-quote', 'caused-speaker-infinitive',
  'meeting-purpose-cue', 'fronted-stance-holder', 'speaker-stance-predicate',
]);

/** Rules that read a paraphrase before its speaker and cue: "…, Jane Roe said" and "…, said Jane Roe". */
const SPEAKER_AFTER_CONTENT_RULES: ReadonlySet<string> = new Set(['content-comma-speaker-cue', 'content-comma-cue-speaker']);

/** The cue is a verb of saying or writing. */
function isSpeechCue(e: ClaimEvidence): boolean {
  return e.cueType === 'speech' || e.cueType === 'writing';
}

/**
 * Multipliers of the odds; several may apply to one claim. Rates in the reasons are the share of claims
 * right with and without the evidence, measured on annotated news; each factor moved the odds the same way
 * on both halves of the articles.
 */
export const CONFIDENCE_FACTORS: readonly ConfidenceFactor[] = [
  {
    name: 'quoted',
    odds: 2,
    reason: 'All the content stands in quote marks, which fix where it starts and ends (right 96% of the time, other claims 86%).',
    applies: (e) => e.kind === 'direct',
  },
  {
    name: 'partly-quoted',
    odds: 1.3,
    reason:
      'Content not wholly quoted but holding the speaker\'s own words in quote marks: those words are surely ' +
      'reported, and they anchor its extent (right 91%, paraphrase 84%).',
    applies: (e) => e.kind === 'mixed',
  },
  {
    name: 'speech-cue',
    odds: 2,
    reason:
      'A verb of saying or writing ("said", "told", "according to", "argued", "wrote"): words were given, and ' +
      'what follows is their gist; belief, evidence and intention cues take objects and plans whose extent ' +
      'varies (paraphrases right 90% after a speech cue, 75% after others).',
    applies: isSpeechCue,
  },
  {
    name: 'evidence-cue',
    odds: 1.5,
    reason:
      'A verb of evidence ("the survey shows", "the study found", "the report suggests"): a finding set out ' +
      'by a poll, study or document is stated as a clause, much as words given after a verb of saying, not ' +
      'as an opinion or a plan (such claims right 90%, belief 87% and intention 81%; on claims just short of ' +
      '0.9, 34 of 35 right; fitted odds 1.34 and 1.15 over the other factors on the two halves of the ' +
      'articles, the same way on 32 of 40 halves of random even splits).',
    applies: (e) => e.cueType === 'evidence',
  },
  {
    name: 'loose-rule',
    odds: 0.5,
    reason: 'A rule that guesses content or speaker from looser patterns (right 78%, other rules 91%).',
    applies: (e) => LOOSE_RULES.has(e.rule) || (e.rule === OBJECT_RULE && e.cueType === 'intention'),
  },
  {
    name: 'object-as-content',
    odds: 0.6,
    reason:
      'A noun phrase object of the cue taken as the content ("condemned the launch", "praised Jane Roe"): a ' +
      'looser guess than a clause, as the object may be a mere topic or run on into the writer\'s words, but ' +
      'surer than the other loose rules, since the verb and its object stand plainly together (right 85%, the ' +
      'other loose rules 78%; set between the two, it lifted the share of right claims held at 0.9 on both ' +
      'halves of the articles). After a verb of intention ("wants a new bridge") the object is a wish rather ' +
      'than a report, and is right less often (74%): it counts as a loose rule.',
    applies: (e) => e.rule === OBJECT_RULE && e.cueType !== 'intention',
  },
  {
    name: 'few-words',
    odds: 0.75,
    reason:
      'Content under 7 words is often a fragment of a longer statement or a noun phrase (right 81%, longer 90%). ' +
      'Not so for a noun phrase taken whole as the object of its verb ("endorsed Jane Roe", "denied the report"): ' +
      'a short object is a complete one, and such objects are right more often than longer ones (90% against ' +
      '81%, on both halves of the articles).',
    applies: (e) => e.contentWords < 7 && e.rule !== OBJECT_RULE,
  },
  {
    name: 'clause-break',
    odds: 0.4,
    reason:
      'Unquoted or partly quoted content that runs past a semicolon, a dash or ", and" / ", but" / ", while" / ' +
      '", which": a second clause was likely swallowed (right 76%, else 86%).',
    applies: (e) => e.kind !== 'direct' && e.crossesClauseBreak,
  },
  {
    name: 'comma-in-paraphrase',
    odds: 0.4,
    reason:
      'Content not wholly quoted with a comma outside quote marks and no clause break: a phrase is tacked on ' +
      '(an apposition, a participle, "…, when …"), which the writer may not have meant as part of the report ' +
      'and which a reader may cut or keep (right 75%, else 87%).',
    applies: (e) => e.kind !== 'direct' && e.commaOutsideQuotes && !e.crossesClauseBreak,
  },
  {
    name: 'infinitive-content',
    odds: 0.5,
    reason:
      'Paraphrased content that opens with "to" ("vowed to …", "urged voters to …"): a plan or a request ' +
      'rather than a statement, whose extent and whose very reading as a report vary (right 67%, else 87%).',
    applies: (e) => e.kind !== 'direct' && e.opensWithTo,
  },
  {
    name: 'speaker-opens-sentence',
    odds: 1.5,
    reason:
      'The speaker opens the sentence as the subject of its verb of saying or writing, the plainest frame ' +
      '(such paraphrases right 93%, speaker elsewhere 87%). After belief, evidence and intention verbs the ' +
      'speaker\'s place told nothing steady (it helped on one half of the articles, not on the other).',
    applies: (e) => e.speakerOpensSentence && isSpeechCue(e),
  },
  {
    name: 'paraphrase-before-speaker',
    odds: 0.55,
    reason:
      'A paraphrase ahead of ", Jane Roe said" (or split around it): nothing marks where it begins, so it is ' +
      'taken from the sentence start, while writers often open with words of their own or carry the report ' +
      'over from the sentence before (after a speech cue right 84%, other paraphrases 90%).',
    applies: (e) => e.kind === 'indirect' && SPEAKER_AFTER_CONTENT_RULES.has(e.rule),
  },
  {
    name: 'report-beside-content',
    odds: 0.45,
    reason:
      'Another cue stands in the sentence outside the content: listed or chained reports ("A said X, while B ' +
      'argued Y"), where the content is easily cut at the wrong cue or given the wrong speaker (paraphrases ' +
      'right 78%, else 89%); a cue inside the content, a report within the report, does not count.',
    applies: (e) => e.cuesBesideContent > 0,
  },
  {
    name: 'pronoun-named-just-before',
    odds: 2,
    reason:
      'The speaker is a pronoun whose person or body was named one or two sentences before ("Jane Roe spoke on ' +
      'Monday. She said …"): the writer carries on a source just introduced, the plainest way a report continues ' +
      '(such claims right 95%, others 89%; odds 2.1 and 2.8 on the two halves of the articles). A pronoun ' +
      'resolved in its own sentence or further back told nothing steady.',
    applies: (e) => e.pronounNamedJustBefore,
  },
  {
    name: 'report-in-adverbial-clause',
    odds: 2.5,
    reason:
      'The speaker opens an adverbial clause ("after she admitted …", "though he noted …", "as Roe put it"): ' +
      'the report is background to the main clause, and the clause\'s subject and verb mark its speaker and ' +
      'start plainly (right 94%, odds 2.7 and 3.7 on the two halves).',
    applies: (e) => e.speakerOpensAdverbialClause,
  },
  {
    name: 'present-tense-cue',
    odds: 1.3,
    reason:
      'A verb of saying or writing in the present tense ("says", "argues", "writes"): a position that stands, ' +
      'stated in a plain frame (such claims right 94%; odds 1.3 and 1.5 on the two halves of the articles). ' +
      'Belief, evidence and intention verbs in the present ("believes", "shows", "wants") are right less often ' +
      '(86%) and do not count.',
    applies: (e) => e.presentTenseCue && isSpeechCue(e),
  },
  {
    name: 'source-named-once',
    odds: 1.4,
    reason:
      'The speaker is a person or body the article names only once ("…, said Jane Roe, a local teacher"): a ' +
      'source brought in for this one report, given in a single plain frame, not a main figure whose many ' +
      'mentions invite reports that are really the writer\'s account (right 94%, others 89%; odds 1.45 and ' +
      '1.4 on the two halves of the articles).',
    applies: (e) => e.speakerNamedOnce,
  },
  {
    name: 'content-not-a-clause',
    odds: 1.5,
    reason:
      'Content not wholly quoted that does not open with a subject and its verb: an object of the cue ("denied ' +
      'the report"), a question ("asked whether …"), a gerund or an infinitive. Such an object ends where its ' +
      'phrase ends, while a clause can run on into the writer\'s own words; with the factors for few words, ' +
      'infinitives and looser rules already counted, it is right more often than they alone say (right 86%; ' +
      'odds 1.6 and 1.5 fitted on each half of the articles).',
    applies: (e) => e.kind !== 'direct' && !e.opensWithSubjectAndVerb,
  },
  {
    name: 'participle-cue',
    odds: 3,
    reason:
      'The cue is a participle after a comma ("…, saying that …", "…, adding that …"): its speaker is the ' +
      'subject of the clause just before, and its content follows it at once (right 95%, 63 of 66; odds 2.6 ' +
      'and 3.9 fitted on the two halves of the articles).',
    applies: (e) => e.participleCue,
  },
  {
    name: 'pronoun-not-just-named',
    odds: 0.75,
    reason:
      'The speaker is a pronoun whose person or body was not named in the one or two sentences before it ' +
      '(named in its own sentence, further back, or nowhere): the writer may have moved on to another source ' +
      '(right 85%, while pronouns named just before are right 96%; odds 0.74 and 0.70 on the two halves).',
    applies: (e) => e.pronounSpeaker && !e.pronounNamedJustBefore,
  },
  {
    name: 'group-pronoun-speaker',
    odds: 0.5,
    reason:
      'The speaker is "it" or "they" ("It says …", "they cite …", "its plan to …"): such a pronoun stands for ' +
      'a body, a group or a thing, is often the subject of an act rather than of a report, and its referent is ' +
      'less plain than that of "he" or "she" (right 73%, while "he" and "she" are right 95%; fitted odds 0.31 ' +
      'and 0.19 on the two halves of the articles, set nearer 1 for so few claims).',
    applies: (e) => e.groupPronounSpeaker,
  },
  {
    name: 'unclosed-quote',
    odds: 0.5,
    reason:
      'A quotation whose closing mark was never found may end in the wrong place ' +
      '(too rare to measure; set by judgement).',
    applies: (e) => e.unclosedQuote,
  },
];
