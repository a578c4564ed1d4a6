/** One utterance of a meeting as the analyzer reads it (a live transcript segment or a recording's cue). */
export interface ConversationLine {
  speakerName: string;
  /** The roster's person the speaker was matched to, when they were. */
  personId?: string;
  /** One of our users, when the speaker is one. */
  userId?: string;
  text: string;
  /** ISO 8601 instant. */
  startTime: string;
  /** BCP 47 ('en', 'ja-JP'); empty when not known, and the text's script decides. */
  language: string;
}

/** A commitment someone made during the call, ready to become a follow-up. */
export interface ActionItem {
  /** The sentence holding the commitment. */
  text: string;
  ownerName: string;
  personId?: string;
  userId?: string;
  /** YYYY-MM-DD in the meeting's time zone, when the line named a deadline. */
  dueDate?: string;
  sourceLine: { speakerName: string; text: string; startTime: string };
}

export interface KeyLine {
  speakerName: string;
  text: string;
  startTime: string;
}

export interface ConversationSummary {
  /** A few lines per speaker, in the order they were said. */
  keyLines: KeyLine[];
  /** The transcript's most frequent content words, most frequent first. */
  topics: string[];
}

export interface ConversationAnalysis {
  /** Null when there was nothing to summarise. */
  summary: ConversationSummary | null;
  actionItems: ActionItem[];
}

export interface AnalyzeOptions {
  /** When the meeting took place: relative deadlines ("tomorrow") resolve against a line's time, else this. */
  now: Date;
  /** IANA zone whose calendar the due dates are days of. */
  timeZone: string;
}

/**
 * What reads a meeting's conversation into a summary and action items. The product's one implementation
 * is rule-based (`ruleBasedAnalyzer`); a model-backed one may replace it behind this interface.
 */
export interface ConversationAnalyzer {
  analyze(lines: readonly ConversationLine[], options: AnalyzeOptions): Promise<ConversationAnalysis>;
}
