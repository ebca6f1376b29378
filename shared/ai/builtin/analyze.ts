/**
 * What an answer says, sentence by sentence, as the built-in evaluator reads it: whether the
 * candidate tells what they did themselves (and whether they did it, would do it, or "always
 * try to"), whether the story is anchored in a real situation, what figures, names and outcomes
 * it gives, whether it explains why, and whether a sentence is a platitude. Field-neutral: the
 * same grammar serves a nurse, a salesperson and an engineer. Pure and deterministic.
 */
import LANGUAGE from "../data/language.json" with { type: "json" };
import { countNumbers, figuresIn } from "../figures.ts";
import {
  concept,
  concepts,
  inSynonymGroup,
  normalize,
  type Sentence,
  sentences,
  words,
} from "../text.ts";
import { isKnownTerm } from "../vocabulary.ts";

export interface SentenceFacts extends Sentence {
  concepts: string[];
  /** "I rebuilt", "I was responsible for": something the candidate did. */
  ownPast: boolean;
  /** "I would first", "I'd start by": what the candidate would do. */
  ownPlan: boolean;
  /** "I always try to", "I believe": a habit or an opinion, not an act. */
  ownHabit: boolean;
  /** "we", "they", "the team" doing it. */
  collective: boolean;
  /** Numbers with a unit: "120 ms", "40%", "$2k", "12 patients", "p95". */
  figures: number;
  bareNumbers: number;
  /** Distinct proper names, acronyms, tools and systems. */
  named: string[];
  /** A time, place or person that makes it a real situation: "last March", "at Acme". */
  anchored: boolean;
  /** How it turned out: "which cut the backlog", "went from 9 to 5 days". */
  outcome: boolean;
  /** Why: "because", "so that", "instead of", "the trade-off". */
  reasoning: boolean;
  /** What was learned or would be done differently. */
  reflection: boolean;
  /** A platitude: general advice or a habit, with nothing concrete in it. */
  generic: boolean;
  /** A string of keywords rather than a sentence. */
  listLike: boolean;
  wordCount: number;
}

export interface AnswerFacts {
  sentences: SentenceFacts[];
  wordCount: number;
  concepts: Set<string>;
  ownPast: number;
  ownPlan: number;
  ownHabit: number;
  collective: number;
  figures: number;
  bareNumbers: number;
  named: Set<string>;
  anchored: number;
  outcomes: number;
  reasoning: number;
  reflection: number;
  /** The share of the answer's words in generic sentences. */
  genericShare: number;
  /** "I don't know", "pass", "no idea": the candidate declines. */
  evasive: boolean;
}

const IRREGULAR = new Set(LANGUAGE.irregular_past);
const NOT_PAST = new Set(LANGUAGE.not_past);
const GENERIC = new Set(LANGUAGE.generic_words.map(concept));

const ADVERB = String
  .raw`(?:\w+ly\s+|then\s+|also\s+|first\s+|myself\s+|just\s+|eventually\s+|finally\s+|initially\s+|once\s+|still\s+|even\s+)*`;
const SUBJECT_I = String.raw`\bi(?:'ve|\s+have|\s+had)?\s+${ADVERB}`;
const OWN_PAST_FIXED =
  /\b(?:my (?:role|job|part|responsibility|task|decision|idea|proposal|fix|plan|call|first step) (?:was|were)|i was (?:responsible|in charge|accountable|the (?:one|owner|lead|person)|asked|assigned|tasked|able)|i (?:had to|got to|ended up|went (?:back|through|over|and))|i took (?:over|charge|ownership|the lead))\b/;
const OWN_PLAN =
  /\b(?:i(?:'d|\s+would|\s+will|'ll|\s+am going to|'m going to|\s+plan to|\s+intend to|\s+want to)\s+\w+|my (?:first|next) (?:step|move|priority|action) (?:would be|is)|i'd start|i would start|i start by|first,? i)\b/;
const OWN_HABIT =
  /\bi\s+(?:always|usually|generally|typically|normally|often|really|truly)?\s*(?:try|tend|like|love|enjoy|believe|think|feel|value|aim|prefer|focus|strive|make sure|ensure|am (?:passionate|good|confident|comfortable|a (?:team|people) person)|consider myself|have (?:always|a passion|strong|good|great|excellent)|can)\b/;
const GENERIC_PERFECT =
  /\bi(?:'ve|\s+have)\s+(?:always\s+|also\s+|often\s+|really\s+)?(?:worked|been|seen|done|had|dealt|known|learned|learnt)\b/;
const COLLECTIVE =
  /\b(?:we|they|the team|our team|my team|the company|management)\s+(?:\w+\s+){0,2}\w+/;
const EVASIVE =
  /\b(?:i (?:really )?(?:do not|don't|dont|didn't|did not) know|no idea|not sure|no clue|i (?:can't|cannot|cant) (?:answer|say|remember|recall|think of)|i (?:have|'ve) (?:no|never had any) (?:idea|experience)|never (?:done|used|worked with|heard of) (?:it|that|this)|pass|skip(?: this)?|next question|no comment|n\/a|i forgot|don't remember|dunno|idk|nothing to say|no answer|not applicable|rather not say|i'd rather not)\b/;
const ANCHOR =
  /\b(?:(?:in|during|since|by|from|around)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d{2}\b|last (?:year|month|week|quarter|summer|winter|spring|autumn|fall|night|shift|time|role|job)|(?:at|in|on) my (?:previous|last|current|first|old|former) (?:job|role|company|employer|team|position|hospital|ward|unit|store|branch|site|warehouse|school|clinic|firm|practice|plant)|(?:on|in|at) (?:our|my|the) (?:ward|unit|floor|shift|site|warehouse|store|branch|line|account|portfolio|territory|project|call|team)\b|when i (?:was|joined|worked|started|took over|moved)|one (?:time|day|night|morning|evening|afternoon|week|month|quarter|shift|weekend|case|incident|client|customer|patient|year|project|deal|audit)\b|(?:a|one) (?:patient|customer|client|colleague|nurse|doctor|physician|manager|agent|driver|supplier|vendor|stakeholder|prospect|buyer|auditor|teammate|engineer|analyst|director|cfo|ceo|cto|vp)\s+(?:who|whose|with|named|came|called|was|had|at|in|on|from)|for (?:example|instance)|(?:in|by|during|at the end of) (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|the first|the second|my first|our)\b)/;
const OUTCOME =
  /\b(?:(?:reduc|cut|increas|decreas|improv|grew|grown|rais|lower|dropp|fell|rose|sav|halv|doubl|tripl|eliminat|prevent|resolv|recover|achiev|deliver|launch|ship|clos|won|sign|exceed|hit|met|pass|finish|complet|avert|stabili[sz]|restor|discharg|retain|renew|convert|recogni[sz]|promot|adopt|approv|accept|agree|reach|beat|avoid|return|thank|prais|shrank|shrunk|succeed|settl|recoup|gain|land|secur)(?:ed|d|t)?\b|as a result|in the end|by the end|after that|afterwards|since then|from then on|which meant|that meant|this meant|so the|ended up|turned out|went (?:from|down|up|live)|came (?:down|back)|from [^ ]+ (?:\w+ )?to [^ ]+|down to|up to|back to|no longer|never again|no (?:more|further|repeat)|(?:zero|no) (?:incidents?|errors?|complaints?|findings|defects|falls|injuries|missed|escalations|issues|problems|recurrence)|outcome|resulted in|led to|(?:it|that|this|which) worked|paid off|within (?:a|an|one|two|three|\d+) (?:days?|weeks?|months?|hours?|quarters?))\b/;
const REASONING =
  /\b(?:because|since (?:the|it|we|i|they|that)|so that|in order to|the reason|which is why|that's why|otherwise|trade-?offs?|instead of|rather than|weigh(?:ed|ing)|the (?:risk|downside|upside|cost|catch)|that way|given that|to avoid|to prevent|to make sure|to ensure|to keep|to reduce|to limit|so i|so we|i chose|we chose|i decided|over the alternative|the alternative|pros and cons)\b/;
const REFLECTION =
  /\b(?:learn(?:ed|t)|lessons?|in hindsight|looking back|next time|do (?:it|things) differently|would (?:now|do .{0,20} differently|have)|if i did it again|since then|now i always|taught me|i realized|i realised|changed (?:how|the way) i|i now|these days i)\b/;
const GENERIC_MARK =
  /\b(?:always|usually|generally|typically|normally|in general|it'?s (?:important|essential|crucial|key|vital|critical|necessary)|it is (?:important|essential|crucial|key|vital|critical|necessary)|best practices?|i believe|i think|i feel|i try|make sure|one should|you should|you need to|you have to|you must|should always|every(?:one|body|thing)|whatever (?:it takes|is needed)|as needed|where possible|the key is|the most important|is all about|at the end of the day|i am (?:passionate|good|confident)|i'?m (?:passionate|good|confident)|i (?:really )?(?:like|love|enjoy)|a good (?:\w+ )?(?:would|should|needs|must))\b/;
const FUNCTION_WORDS = new Set(
  `a an the and or but of to in on at for with by from as is are was were be been being it its this
  that these those i we you he she they my our your their me us them so then than if when while which
  who what how why because not no do did does have has had will would can could should may might must
  there here about into over after before up down out just also very all any some each`.split(
    /\s+/,
  ),
);

export function analyze(answer: string): AnswerFacts {
  const facts = sentences(answer).map(analyzeSentence);
  const wordCount = facts.reduce((sum, sentence) => sum + sentence.wordCount, 0);
  const genericWords = facts.filter((sentence) => sentence.generic)
    .reduce((sum, sentence) => sum + sentence.wordCount, 0);
  const count = (test: (sentence: SentenceFacts) => boolean) => facts.filter(test).length;
  const plain = normalize(answer);
  return {
    sentences: facts,
    wordCount,
    concepts: new Set(facts.flatMap((sentence) => sentence.concepts)),
    ownPast: count((sentence) => sentence.ownPast),
    ownPlan: count((sentence) => sentence.ownPlan),
    ownHabit: count((sentence) => sentence.ownHabit),
    collective: count((sentence) => sentence.collective),
    figures: facts.reduce((sum, sentence) => sum + sentence.figures, 0),
    bareNumbers: facts.reduce((sum, sentence) => sum + sentence.bareNumbers, 0),
    named: new Set(facts.flatMap((sentence) => sentence.named)),
    anchored: count((sentence) => sentence.anchored),
    outcomes: count((sentence) => sentence.outcome),
    reasoning: count((sentence) => sentence.reasoning),
    reflection: count((sentence) => sentence.reflection),
    genericShare: wordCount ? genericWords / wordCount : 0,
    evasive: wordCount < 30 && EVASIVE.test(plain),
  };
}

function analyzeSentence(sentence: Sentence): SentenceFacts {
  const plain = normalize(sentence.text);
  const all = words(sentence.text);
  const figureMatches = figuresIn(sentence.text);
  const numbers = countNumbers(sentence.text);
  const named = namesIn(sentence.text, all);
  // "I've worked in claims for years", "I've seen every kind of loss": a career, not an act.
  const career = GENERIC_PERFECT.test(plain) && figureMatches.length === 0 && named.length === 0;
  const ownPast = !career && (OWN_PAST_FIXED.test(plain) || ownPastVerb(plain));
  const ownPlan = !ownPast && OWN_PLAN.test(plain);
  const ownHabit = OWN_HABIT.test(plain) || career;
  const anchored = ANCHOR.test(plain) || /\bat [A-Z][\w&.-]+/.test(sentence.text);
  const outcome = OUTCOME.test(plain);
  const concrete = figureMatches.length > 0 || named.length > 0 || anchored || ownPast;
  const functionWords = all.filter((word) => FUNCTION_WORDS.has(word)).length;
  return {
    ...sentence,
    concepts: concepts(sentence.text),
    ownPast,
    ownPlan,
    ownHabit,
    collective: COLLECTIVE.test(plain),
    figures: figureMatches.length,
    bareNumbers: Math.max(0, numbers - figureMatches.length),
    named,
    anchored,
    outcome,
    reasoning: REASONING.test(plain),
    reflection: REFLECTION.test(plain),
    generic: !concrete &&
      (GENERIC_MARK.test(plain) || ownHabit || (!ownPlan && !/\bi\b/.test(plain))),
    listLike: isListLike(sentence.text, all.length, functionWords),
    wordCount: all.length,
  };
}

/** "I" followed by a verb in the past: "I rebuilt", "I then called", "I've migrated". */
function ownPastVerb(plain: string): boolean {
  for (const match of plain.matchAll(new RegExp(`${SUBJECT_I}([a-z]+)`, "g"))) {
    const verb = match[1];
    if (IRREGULAR.has(verb)) return true;
    if (verb.length > 3 && /ed$/.test(verb) && !NOT_PAST.has(verb)) return true;
  }
  return false;
}

/**
 * Proper names, acronyms, known tools and identifiers. A capitalised word that starts a
 * sentence is not a name by itself, nor are the pronoun I and the months.
 */
function namesIn(text: string, all: string[]): string[] {
  const names = new Set<string>();
  for (const word of all) {
    if (isKnownTerm(word)) names.add(word);
    // Identifiers mixing letters and digits: p95, gp3, EC2, ISO9001.
    else if (/^[a-z]+\d+[a-z\d]*$/.test(word)) names.add(word);
  }
  for (
    const found of text.matchAll(/(?<=[^.!?:;\n\s]\s+)\b([A-Z][\w+#&.-]*[\w+#]|[A-Z]{2,}s?)\b/g)
  ) {
    const name = found[1];
    if (/^(?:I|I'm|I've|I'd|I'll|OK|Okay)$/.test(name)) continue;
    if (MONTHS.test(name)) continue;
    names.add(name.toLowerCase());
  }
  // Acronyms count wherever they stand: "SBAR", "ICU", "SLA".
  for (const found of text.matchAll(/\b[A-Z]{2,6}s?\b/g)) {
    if (!/^(?:I|OK|AM|PM)$/.test(found[0])) names.add(found[0].toLowerCase());
  }
  return [...names];
}

const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * A string of keywords: five or more short items between separators, with few of the small
 * words sentences are made of. "I used Kafka, Postgres and Redis to cut latency" is a sentence.
 */
function isListLike(text: string, wordCount: number, functionWords: number): boolean {
  if (wordCount < 6) return false;
  const items = text.split(/\s*(?:[,;|•·/]|\s-\s|\band\b|\n)\s*/).filter((item) => item.trim());
  const meanItemWords = wordCount / Math.max(1, items.length);
  const ratio = functionWords / wordCount;
  return (items.length >= 5 && meanItemWords <= 3 && ratio < 0.3) ||
    (wordCount >= 8 && ratio < 0.1);
}

/**
 * Concepts of everyday words ("read", "home", "order"), weak evidence that an answer is about a
 * subject: frequent English words outside the curated synonym groups (a group is a subject).
 */
const COMMON = new Set(
  LANGUAGE.common_words.filter((word) => !inSynonymGroup(word)).map(concept),
);

export function isCommonConcept(item: string): boolean {
  return COMMON.has(item);
}

/** Concepts that carry no subject: "team", "work", "situation"... */
export function isGenericConcept(concept: string): boolean {
  return GENERIC.has(concept);
}
