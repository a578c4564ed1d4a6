import type { ConversationAnalyzer } from './conversation-analyzer.ts';
import { actionItemsOfLine } from './find-action-items.ts';
import { summarize } from './summarize.ts';

/** The conversation analyzer the product runs: English and Japanese rules and lexicons, no external service. */
export const ruleBasedAnalyzer: ConversationAnalyzer = {
  analyze(lines, options) {
    const itemsOf = new Map(lines.map((line) => [line, actionItemsOfLine(line, options)]));
    const actionItems = [...itemsOf.values()].flat();
    const summary = summarize(lines, (line) => (itemsOf.get(line)?.length ?? 0) > 0);
    return Promise.resolve({ summary, actionItems });
  },
};
