export type {
  ActionItem,
  AnalyzeOptions,
  ConversationAnalysis,
  ConversationAnalyzer,
  ConversationLine,
  ConversationSummary,
  KeyLine,
} from './conversation-analyzer.ts';
export { ruleBasedAnalyzer } from './rule-based-analyzer.ts';
