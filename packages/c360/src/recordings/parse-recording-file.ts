import { parseWebVtt } from './parse-webvtt.ts';
import { parseZoomChat } from './parse-zoom-chat.ts';
import type { ParsedLine } from './parsed-line.ts';

export const parseRecordingFile = (kind: 'TRANSCRIPT' | 'CHAT', content: string): ParsedLine[] =>
  kind === 'TRANSCRIPT' ? parseWebVtt(content) : parseZoomChat(content);
