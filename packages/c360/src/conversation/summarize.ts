import type { ConversationLine, ConversationSummary, KeyLine } from './conversation-analyzer.ts';
import { languageOf } from './language.ts';

/** A speaker's key lines: at most this many, so the summary stays a glance. */
const KEY_LINES_PER_SPEAKER = 3;
const MAX_TOPICS = 8;

// What makes a line worth keeping: a figure, a risk, a decision (and, weighed double, a commitment).
const FIGURE = /\d|[一二三四五六七八九十百千万億]+(?:円|件|名|人|社|%|％|割|ヶ月|か月|年)/u;
const RISK =
  /\b(?:risks?|concerns?|concerned|issues?|problems?|churn|delay(?:ed|s)?|blockers?|escalat\w*|cancel\w*|budget|outage|bugs?|late|worr\w*)\b|リスク|懸念|課題|問題|解約|遅れ|遅延|障害|不安|予算|値上げ|心配/iu;
const DECISION = /\b(?:decided|decision|agree[ds]?|approved?|sign(?:ed)? off|go with|confirmed|renewed)\b|決定|合意|承認|決まり|採用|契約|了承/iu;

const EN_STOPWORDS = new Set(
  `about above after again also always an and any are aren't around as at back be because been before being below between both but by can can't
  could did didn't do does doesn't doing don't down during each even few for from get gets getting go goes going gonna good got great had has have
  having he her here hers him his how i i'd i'll i'm i've if in into is isn't it it's its just know let let's like look looks lot make me more most
  much my need next no not now of off ok okay on once one only or other our ours out over own please really right said same say see send she
  should so some still such sure take than thank thanks that that's the their them then there these they they're thing things think this those
  through to today tomorrow too two under until up us very want was we we'll we're we've well were what when where which while who why will with
  within would yeah yes you you'll you're your yours week weeks month monday tuesday wednesday thursday friday end time yet able
  share last new day call check follow team set via sent every everyone everything all anything something another many`.split(/\s+/),
);

/** A Japanese line's content words: katakana runs (サポート, ダッシュボード) and kanji runs (契約, 導入計画) of two or more. */
const JA_WORD = /[\u30a0-\u30ffー]{2,}|[\u4e00-\u9fff々]{2,}/gu;
const JA_STOPWORDS = new Set([
  '来週',
  '今週',
  '月末',
  '明日',
  '本日',
  '今日',
  '金曜日',
  '月曜日',
  '確認',
  '対応',
  '連絡',
  '共有',
  '資料',
  '以上',
  '大丈夫',
  '今回',
  '予定',
]);
const EN_WORD = /[a-z][a-z'’-]+/gu;

/** Dates (来週, 先月, 金曜日) say when, not what about. */
const JA_DATE_WORD = /^(?:今|来|先|再来)(?:週|月|年|日)|曜日?$|^[月日年]$/u;

function wordsOf(line: ConversationLine): string[] {
  if (languageOf(line.language, line.text) === 'ja') {
    return (line.text.match(JA_WORD) ?? []).filter((word) => !JA_STOPWORDS.has(word) && !JA_DATE_WORD.test(word));
  }
  return (line.text.toLowerCase().match(EN_WORD) ?? []).filter((word) => word.length > 2 && !EN_STOPWORDS.has(word));
}

/** The words said in at least two lines, most frequent first (ties: first said first). */
export function topicsOf(lines: readonly ConversationLine[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) for (const word of new Set(wordsOf(line))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TOPICS)
    .map(([word]) => word);
}

const weightOf = (line: ConversationLine, committed: boolean) =>
  (committed ? 2 : 0) + (FIGURE.test(line.text) ? 1 : 0) + (RISK.test(line.text) ? 1 : 0) + (DECISION.test(line.text) ? 1 : 0);

/**
 * Each speaker's weightiest lines (commitments, figures, risks, decisions), at most a few per speaker,
 * in the order they were said. `committed` tells which lines hold an action item.
 */
export function keyLinesOf(lines: readonly ConversationLine[], committed: (line: ConversationLine) => boolean): KeyLine[] {
  const bySpeaker = new Map<string, Array<{ at: number; weight: number }>>();
  lines.forEach((line, at) => {
    const weight = weightOf(line, committed(line));
    if (weight === 0) return;
    bySpeaker.set(line.speakerName, [...(bySpeaker.get(line.speakerName) ?? []), { at, weight }]);
  });
  const kept = [...bySpeaker.values()].flatMap((scored) =>
    scored
      .sort((a, b) => b.weight - a.weight || a.at - b.at)
      .slice(0, KEY_LINES_PER_SPEAKER)
      .map(({ at }) => at),
  );
  return kept
    .sort((a, b) => a - b)
    .map((at) => lines[at]!)
    .map(({ speakerName, text, startTime }) => ({ speakerName, text, startTime }));
}

export function summarize(lines: readonly ConversationLine[], committed: (line: ConversationLine) => boolean): ConversationSummary | null {
  if (lines.length === 0) return null;
  return { keyLines: keyLinesOf(lines, committed), topics: topicsOf(lines) };
}
