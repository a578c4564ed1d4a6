import type { ActionItem, AnalyzeOptions, ConversationLine } from './conversation-analyzer.ts';
import { isEnglishCommitment } from './commitment-en.ts';
import { isJapaneseCommitment } from './commitment-ja.ts';
import { dueDateOf } from './due-date.ts';
import { languageOf, sentencesOf, type ConversationLanguage } from './language.ts';

/** "資料を送りますので、ご確認ください": a promise and a request in one sentence are judged apart. */
const clausesOf = (sentence: string, language: ConversationLanguage) =>
  language === 'ja' ? sentence.split(/(?<=(?:ので|から|けど|けれども|が)、)/u).filter((clause) => clause.trim() !== '') : [sentence];

const isCommitment = (clause: string, language: ConversationLanguage, hasDeadline: () => boolean) =>
  language === 'ja' ? isJapaneseCommitment(clause, hasDeadline) : isEnglishCommitment(clause, hasDeadline);

/** When the line was said, else the meeting's time: "tomorrow" counts from the day it was said. */
function saidAt(line: ConversationLine, options: AnalyzeOptions): Date {
  const time = Date.parse(line.startTime);
  return Number.isNaN(time) ? options.now : new Date(time);
}

/** The commitments of one line, each owned by its speaker (who says "we" still owns the follow-up). */
export function actionItemsOfLine(line: ConversationLine, options: AnalyzeOptions): ActionItem[] {
  const language = languageOf(line.language, line.text);
  const said = saidAt(line, options);
  const dueOf = (text: string) => dueDateOf(text, language, said, options.timeZone);
  const items: ActionItem[] = [];
  for (const sentence of sentencesOf(line.text, language)) {
    // Dates are read only for commitments (and "I can… by Friday"): most lines promise nothing.
    let sentenceDue: string | undefined | null = null;
    const dueOfSentence = () => (sentenceDue === null ? (sentenceDue = dueOf(sentence)) : sentenceDue);
    if (!clausesOf(sentence, language).some((clause) => isCommitment(clause, language, () => dueOfSentence() !== undefined))) continue;
    // "I'll send the deck. You'll have it by Friday.": the deadline may sit in another sentence of the line.
    const dueDate = dueOfSentence() ?? dueOf(line.text);
    items.push({
      text: sentence,
      ownerName: line.speakerName,
      ...(line.personId === undefined ? {} : { personId: line.personId }),
      ...(line.userId === undefined ? {} : { userId: line.userId }),
      ...(dueDate === undefined ? {} : { dueDate }),
      sourceLine: { speakerName: line.speakerName, text: line.text, startTime: line.startTime },
    });
  }
  return items;
}
