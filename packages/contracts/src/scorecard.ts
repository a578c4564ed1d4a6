import { z } from 'zod';
import { text } from './text.ts';

export const SCORING_SCHEMES = ['NUMERIC', 'GRADE', 'COLOR'] as const;
export const scoringSchemeSchema = z.enum(SCORING_SCHEMES);
export type ScoringScheme = z.infer<typeof scoringSchemeSchema>;

export const SCORE_TRENDS = ['up', 'down', 'same'] as const;
export const scoreTrendSchema = z.enum(SCORE_TRENDS);
export type ScoreTrend = z.infer<typeof scoreTrendSchema>;

export const MEASURE_TYPES = ['manual', 'automated'] as const;
export const measureTypeSchema = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof measureTypeSchema>;

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;
export const MAX_MEASURE_COMMENT_LENGTH = 2000;

/**
 * The one rule for every score: a whole number from 0 to 100, as Gainsight shows scores, with a fraction
 * (an overall score is a weighted mean) rounded half up. The server stores scores so and bands them so,
 * and the sidebar shows them so, so no "73.2" appears next to a "70.05" and what is shown is what is stored.
 */
export const roundScore = (score: number): number => Math.round(score);

/** A band of the scheme; its lower bound is exclusive except at 0 (0–50, 51–75, 76–100). */
export const scoreRangeSchema = z.object({
  label: z.string(),
  /** CSS colour. */
  color: z.string(),
  min: z.number(),
  max: z.number(),
});
export type ScoreRange = z.infer<typeof scoreRangeSchema>;

/** A score as the scheme shows it: the number, and the label and colour of its band (null when unscored). */
const bandedScoreShape = {
  score: z.number().nullable(),
  label: z.string().nullable(),
  color: z.string().nullable(),
};

export const scorecardMeasureSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  type: measureTypeSchema,
  ...bandedScoreShape,
  trend: scoreTrendSchema,
  weight: z.number(),
  /** Share of the overall score this measure makes up, in % (null when unscored). */
  contribution: z.number().nullable(),
  comment: z.string().nullable(),
  /** Null for a measure never scored nor commented on this record. */
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).optional(),
});
export type ScorecardMeasure = z.infer<typeof scorecardMeasureSchema>;

/** A measure group; measures outside any group come as one group with a null id and name. */
export const scorecardGroupSchema = z.object({
  id: z.uuid().nullable(),
  name: z.string().nullable(),
  weight: z.number().optional(),
  measures: z.array(scorecardMeasureSchema),
});
export type ScorecardGroup = z.infer<typeof scorecardGroupSchema>;

/** One weekly point of the overall score's history: the latest score of that week. */
export const scoreHistoryPointSchema = z.object({
  recordedAt: z.iso.datetime({ offset: true }),
  ...bandedScoreShape,
  score: z.number(),
});
export type ScoreHistoryPoint = z.infer<typeof scoreHistoryPointSchema>;

/** `GET /api/{companies|relationships}/:id/scorecard`: the subject's active scorecard. */
export const scorecardViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scheme: z.object({ kind: scoringSchemeSchema, ranges: z.array(scoreRangeSchema) }),
  overall: z.object({
    ...bandedScoreShape,
    previousScore: z.number().nullable(),
    trend: scoreTrendSchema,
    scoredAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  /** Up to 18 weekly points, oldest first. */
  history: z.array(scoreHistoryPointSchema),
  groups: z.array(scorecardGroupSchema),
});
export type ScorecardView = z.infer<typeof scorecardViewSchema>;

/** The GET's body: null when the company or relationship has no active scorecard. */
export const scorecardResponseSchema = z.object({ scorecard: scorecardViewSchema.nullable() });
export type ScorecardResponse = z.infer<typeof scorecardResponseSchema>;

/**
 * `PUT /api/{companies|relationships}/:id/scorecard/measures/:measureId` (SPEC §5 `{score, comment?}`): a
 * Full licence may send both, Viewer+ only the comment. An empty comment removes it.
 */
export const updateMeasureSchema = z
  .object({
    score: z
      .number()
      .int(`Enter a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`)
      .min(MIN_SCORE, `Enter a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`)
      .max(MAX_SCORE, `Enter a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`)
      .optional(),
    comment: text().trim().max(MAX_MEASURE_COMMENT_LENGTH).optional(),
  })
  .refine((update) => update.score !== undefined || update.comment !== undefined, {
    message: 'Send a score, a comment or both.',
    path: ['score'],
  });
export type UpdateMeasure = z.infer<typeof updateMeasureSchema>;
