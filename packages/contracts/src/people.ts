import { z } from 'zod';
import { text } from './text.ts';

/** SPEC §5 "person": a Person with its Company Person (title, role, primary) and Relationship Person (role). */
export const personSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  title: z.string().optional(),
  companyId: z.uuid().optional(),
  relationshipId: z.uuid().optional(),
  /** The role within the relationship when one is listed, else within the company. */
  role: z.string().optional(),
  /** The company's primary contact. */
  isPrimary: z.boolean().optional(),
});
export type Person = z.infer<typeof personSchema>;

/** Kanji or kana in a name: it is written in Japanese, family name first. */
export const isWrittenInJapanese = (name: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);

/**
 * A person's name as it is said: given name first ("Emma Clark"), but family name first when written in
 * Japanese ("田中 宏"), as a Japanese Zoom display name reads. The store keeps it as the person's fullName.
 */
export function fullNameOf({ firstName, lastName }: { firstName: string; lastName: string }): string {
  return isWrittenInJapanese(firstName + lastName) ? `${lastName} ${firstName}` : `${firstName} ${lastName}`;
}

/** How many people one filtered read may name: a meeting's matched attendees. */
export const MAX_PERSON_IDS = 100;

/** `GET /api/{companies|relationships}/:id/people` query. */
export const peopleQuerySchema = z.object({
  cursor: text().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** Only these people (comma-separated ids): which of a meeting's attendees belong to the subject. */
  personIds: text()
    .transform((ids) => ids.split(',').filter((id) => id !== ''))
    .pipe(z.array(z.uuid({ error: 'Give person ids separated by commas.' })).max(MAX_PERSON_IDS))
    .optional(),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

/** A page of a company's or relationship's people; `nextCursor` is null on the last page. */
export const peoplePageSchema = z.object({
  items: z.array(personSchema),
  nextCursor: z.string().nullable(),
});
export type PeoplePage = z.infer<typeof peoplePageSchema>;

const optionalText = (max: number, message: string) =>
  text()
    .trim()
    .max(max, message)
    // An empty field of a form means "not given".
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/**
 * `POST /api/people`: a person of the company (and of the relationship, when given). The e-mail is the
 * person's identity in the domain, so it is required and compared lower-case.
 */
export const addPersonSchema = z.object({
  firstName: text({ error: 'Enter a first name.' }).trim().min(1, 'Enter a first name.').max(100, 'Use at most 100 characters.'),
  lastName: text({ error: 'Enter a last name.' }).trim().min(1, 'Enter a last name.').max(100, 'Use at most 100 characters.'),
  email: text({ error: 'Enter an e-mail address.' })
    .trim()
    .min(1, 'Enter an e-mail address.')
    .max(320, 'Use at most 320 characters.')
    .toLowerCase()
    .pipe(z.email({ error: 'Enter a valid e-mail address, like name@example.com.' })),
  title: optionalText(200, 'Use at most 200 characters.'),
  role: optionalText(100, 'Use at most 100 characters.'),
  companyId: z.uuid({ error: 'Choose a company.' }),
  relationshipId: z.uuid({ error: 'Choose a valid relationship.' }).optional(),
});
/** What a form or client sends. */
export type AddPersonInput = z.input<typeof addPersonSchema>;
export type AddPerson = z.infer<typeof addPersonSchema>;

/** The answer to `POST /api/people`: the person, and whether it was new or an existing person linked. */
export const addPersonResultSchema = personSchema.extend({ created: z.boolean() });
export type AddPersonResult = z.infer<typeof addPersonResultSchema>;
