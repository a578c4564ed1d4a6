/**
 * English commitments: the speaker (I/we) binds themselves to a future act. Requests to the other side
 * ("could you send…", "please…", "let me know") are not the speaker's commitments and are left out, as are
 * questions, negations, past tense, conditionals, hedges, reported speech and acts done on the spot.
 */
const ADVERBS = '(?:(?:also|then|just|definitely|personally|absolutely|quickly|still|both|certainly|gladly|happily|first)\\s+)*';
const SUBJECT = '\\b(?:i|we)';
const FUTURE = `${SUBJECT}(?:'ll|’ll|\\s+will|\\s+shall|\\s*(?:am|are|'m|’m|'re|’re)\\s+(?:going\\s+to|gonna))\\s+${ADVERBS}(\\w+)(?:\\s+(\\w+))?`;
const OBLIGATION = `${SUBJECT}\\s+(?:need\\s+to|have\\s+to|must|(?:have|'ve|’ve)\\s+got\\s+to)\\s+${ADVERBS}(\\w+)`;
const ABILITY = `${SUBJECT}\\s+can\\s+${ADVERBS}(\\w+)`;
const LET_ME = '\\blet\\s+(?:me|us)\\s+(\\w+)(?:\\s+(\\w+))?';
const OWNING = /\b(?:leave (?:it|that|this) with (?:me|us)|(?:that's|that’s|that is) on (?:me|us)|i'm on it|i’m on it|action items? (?:for|on) (?:me|us))\b/i;
/** "You'll have it by Friday": the speaker delivers, when a deadline says so. */
const DELIVERY_TO_YOU = /\byou(?:'ll|’ll|\s+will)\s+(?:have|get|receive)\b/i;

/** Verbs after "I'll / we'll" that state or hedge rather than commit. */
const NOT_ACTS = new Set([
  'be',
  'see',
  'not',
  'never',
  'probably',
  'maybe',
  'likely',
  'try',
  'know',
  'miss',
  'wait',
  'hear',
  'keep',
  'leave',
  'need',
  'think',
  'assume',
  'want',
]);
/** "Let me know / see / think / ask you": a request or a filler, not a promise. */
const NOT_PROMISES_AFTER_LET = new Set(['know', 'see', 'think', 'be', 'ask', 'just', 'say', 'guess', 'tell', 'start', 'introduce', 'share', 'recap', 'go']);

const QUESTION = /\?\s*$|^(?:shall|should|can|could|would|will|do|does|did|is|are|may)\s+(?:i|we|you)\b/i;
const CONDITIONAL_OR_HEDGE = /\b(?:if|unless|in case|assuming|provided|maybe|perhaps|might|possibly|probably|hopefully|would|could|i'd|we'd|i’d|we’d)\b/i;
const REPORTING = /\b(?:said|says|told|mentioned|asked|wants?|wanted|would like|hopes?|expects?|promised)\b/i;
/** Acts done during the call itself ("I'll share my screen", "let me pull that up now"). */
const ON_THE_SPOT = /\b(?:now|real quick|share (?:my|the) screen|for a second|pull (?:\w+ )?up)\b/i;

/** "I'll be sending" and "we'll need to" promise acts; "I'll be there" and "I'll need your OK" do not. */
function isAct(verb: string, next: string | undefined): boolean {
  const lower = verb.toLowerCase();
  if (lower === 'be') return /ing$/i.test(next ?? '');
  if (lower === 'need') return next?.toLowerCase() === 'to';
  return !NOT_ACTS.has(lower);
}

/** Whether a sentence is a commitment of its speaker. `hasDeadline`: it names a due date ("I can… by Friday"). */
export function isEnglishCommitment(sentence: string, hasDeadline: () => boolean): boolean {
  if (QUESTION.test(sentence) || CONDITIONAL_OR_HEDGE.test(sentence) || ON_THE_SPOT.test(sentence)) return false;
  const at = firstPersonPromiseAt(sentence, hasDeadline);
  if (at === undefined) return false;
  // "Ken said we'll send it": someone else's account, not the speaker's promise.
  return !REPORTING.test(sentence.slice(0, at));
}

/** Where the speaker's promise starts in the sentence, if there is one. */
function firstPersonPromiseAt(sentence: string, hasDeadline: () => boolean): number | undefined {
  const future = new RegExp(FUTURE, 'i').exec(sentence);
  if (future && isAct(future[1]!, future[2])) return future.index;
  const obligation = new RegExp(OBLIGATION, 'i').exec(sentence);
  if (obligation && !NOT_ACTS.has(obligation[1]!.toLowerCase())) return obligation.index;
  const letMe = new RegExp(LET_ME, 'i').exec(sentence);
  if (letMe && !NOT_PROMISES_AFTER_LET.has(letMe[1]!.toLowerCase()) && letMe[2]?.toLowerCase() !== 'you') return letMe.index;
  const owning = OWNING.exec(sentence);
  if (owning) return owning.index;
  if (!hasDeadline()) return undefined;
  const ability = new RegExp(ABILITY, 'i').exec(sentence);
  if (ability && !NOT_ACTS.has(ability[1]!.toLowerCase())) return ability.index;
  return DELIVERY_TO_YOU.exec(sentence)?.index;
}
