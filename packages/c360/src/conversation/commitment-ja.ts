/**
 * Japanese commitments: a sentence whose predicate is the speaker's own future act — polite non-past
 * (送ります, 確認します, 対応いたします), 〜ておきます, 〜させていただきます, intent (〜予定です, 〜つもりです,
 * 〜ようと思います) or obligation (〜必要があります). Requests (〜てください, お願いします), questions, negations,
 * past tense, conditionals (〜たら, 〜れば, もし), hedges, reported wishes and third parties' acts are not.
 */

// Sentence-final particles and softeners that do not change what is promised.
const TRAILING = /(?:[。．.!！?？、\s]|ね|よ|ので|から|けど|が|な|わ)+$/u;

const COMMITMENT_ENDINGS = /(?:ます|ておく|でおく)$/u;
/** Plans and obligations (送る予定です, 相談する必要があります): promises whatever their verb. */
const PLAN_OR_OBLIGATION = /(?:予定です|予定となります|つもりです|必要があります|なければなりません|なくてはいけません)$/u;
/** Polite endings that state, thank, feel or greet rather than promise (あります, 思います, ございます…). */
const STATIVE =
  /(?:(?:^|[にがはもで、])い|あり|なり|思い|存じ|ござい|願い|わかり|分かり|見え|聞こえ|かかり|助かり|違い|おり|困り|知り|来|失礼し|始め|終わり|入り|感謝(?:いた)?し|申し上げ)ます$/u;
/** "送ろうと思います": the speaker's intent, though 思います alone only states a view. */
const INTENT = /[おこそとのほもよろごぞどぼぽ]うと思います$/u;
const PROGRESSIVE = /[てで]います$|[てで]おります$/u;
/** Can-do (できます, 送られます): a promise only when a deadline comes with it, as "I can… by Friday". */
const ABILITY = /(?:でき|られ)ます$/u;
/** Passive (開かれます, 行われます): something happens, nobody here promises it. */
const PASSIVE = /[かさたまばわがら]れます$/u;

const QUESTION = /[かの][。．\s]*$|[?？]/u;
const NEGATION_OR_PAST = /(?:ません|ない|ず|ました|でした|た|だ)$|ません(?:が|でした)/u;
const REQUEST = /(?:ください|下さい|お願い|いただけ|頂け|もらえ|ほしい|欲しい)/u;
const CONDITIONAL_OR_HEDGE =
  /(?:もし|[っいきしちにびみりぎじれけ]たら|んだら|(?<!なけ)れば|なら[、,]|場合[はに、]|かもしれ|でしょう|だろう|おそらく|たぶん|多分)/u;
const REPORTED = /(?:とおっしゃ|と言って|と言われ|とのこと|と聞い|そうです|ご希望|希望され|たいと)/u;
/** Someone other than the speaker (さん, 様, 御社…) as the one who acts: their act, not the speaker's promise. */
const THIRD_PARTY_ACTOR = /(?:さん|様|さま|先方|御社|貴社|彼|彼女)(?:が|は|の方で|側で|から)/u;
const ON_THE_SPOT = /(?:今から|ただいま|画面(?:を)?共有|それでは|では、)/u;

export function isJapaneseCommitment(sentence: string, hasDeadline: () => boolean): boolean {
  const core = sentence.replace(TRAILING, '');
  if (QUESTION.test(sentence) || REQUEST.test(core) || CONDITIONAL_OR_HEDGE.test(core)) return false;
  if (REPORTED.test(core) || THIRD_PARTY_ACTOR.test(core) || ON_THE_SPOT.test(core)) return false;
  if (INTENT.test(core) || PLAN_OR_OBLIGATION.test(core)) return true;
  if (NEGATION_OR_PAST.test(core)) return false;
  if (!COMMITMENT_ENDINGS.test(core) || PROGRESSIVE.test(core) || STATIVE.test(core) || PASSIVE.test(core)) return false;
  return ABILITY.test(core) ? hasDeadline() : true;
}
