import { z } from 'zod';
import { ActivityType } from '../generated/prisma/enums.ts';
import { sanitizeNotes } from '../timeline/sanitize-notes.ts';
import activityTemplates from './data/activity-templates.json' with { type: 'json' };

/** A timeline entry's subject and notes; `{contact}`, `{company}` and `{percent}` are filled per activity. */
export interface ActivityTemplate {
  subject: string;
  notes: string;
}

type Templates = Record<ActivityType, readonly ActivityTemplate[]>;

// data/activity-templates.json holds the text; this module checks its shape and fills it in.
const templateSchema = z.object({ subject: z.string(), notes: z.string() });
// Every activity type has templates: a record over an enum is exhaustive in zod 4.
const byTypeSchema = z.record(z.enum(ActivityType), z.array(templateSchema));
const catalog = z
  .object({
    kickoff: z.object({ en: templateSchema, ja: templateSchema }),
    templates: z.object({ en: byTypeSchema, ja: byTypeSchema }),
  })
  .parse(activityTemplates);

/** The oldest entry of every timeline: the success plan that starts the six months the demo covers. */
export const KICKOFF: Record<'en' | 'ja', ActivityTemplate> = catalog.kickoff;

export const ACTIVITY_TEMPLATES: Record<'en' | 'ja', Templates> = catalog.templates;

type TemplateValues = Record<'contact' | 'company' | 'percent', string>;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function fill(text: string, values: TemplateValues, escape: (value: string) => string): string {
  return text.replace(/\{(contact|company|percent)\}/g, (_, key: keyof TemplateValues) => escape(values[key]));
}

/**
 * The subject (plain text) and notes (HTML, values escaped: "City Power & Light") of one activity, the notes
 * stored as the product stores what a user writes (sanitised), so an export imports back to the same text.
 */
export function fillTemplate(template: ActivityTemplate, values: TemplateValues): ActivityTemplate {
  return {
    subject: fill(template.subject, values, (value) => value),
    notes: sanitizeNotes(fill(template.notes, values, (value) => value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!))),
  };
}
