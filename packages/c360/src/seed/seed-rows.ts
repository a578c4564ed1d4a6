import type { Prisma } from '../generated/prisma/client.ts';
import { bulkInsert } from './bulk-insert.ts';

/** Every row the seed writes, per table, in an order that satisfies the foreign keys. */
export interface SeedRows {
  domain: Prisma.DomainCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  company: Prisma.CompanyCreateManyInput[];
  relationshipType: Prisma.RelationshipTypeCreateManyInput[];
  relationship: Prisma.RelationshipCreateManyInput[];
  person: Prisma.PersonCreateManyInput[];
  companyPerson: Prisma.CompanyPersonCreateManyInput[];
  relationshipPerson: Prisma.RelationshipPersonCreateManyInput[];
  activity: Prisma.ActivityCreateManyInput[];
  activityComment: Prisma.ActivityCommentCreateManyInput[];
  activityInternalAttendee: Prisma.ActivityInternalAttendeeCreateManyInput[];
  activityExternalAttendee: Prisma.ActivityExternalAttendeeCreateManyInput[];
  scorecard: Prisma.ScorecardCreateManyInput[];
  scorecardRange: Prisma.ScorecardRangeCreateManyInput[];
  measureGroup: Prisma.MeasureGroupCreateManyInput[];
  measure: Prisma.MeasureCreateManyInput[];
  scorecardAssignment: Prisma.ScorecardAssignmentCreateManyInput[];
  measureScore: Prisma.MeasureScoreCreateManyInput[];
  scoreHistory: Prisma.ScoreHistoryCreateManyInput[];
  attributeDefinition: Prisma.AttributeDefinitionCreateManyInput[];
  zoomAttributeLayoutItem: Prisma.ZoomAttributeLayoutItemCreateManyInput[];
  companyAttributeValue: Prisma.CompanyAttributeValueCreateManyInput[];
  cta: Prisma.CtaCreateManyInput[];
  supportTicket: Prisma.SupportTicketCreateManyInput[];
  supportTicketReply: Prisma.SupportTicketReplyCreateManyInput[];
}

/** How many rows the seed wrote to each table. */
export type SeedSummary = { [Table in keyof SeedRows]: number };

export function emptySeedRows(): SeedRows {
  return {
    domain: [],
    user: [],
    company: [],
    relationshipType: [],
    relationship: [],
    person: [],
    companyPerson: [],
    relationshipPerson: [],
    activity: [],
    activityComment: [],
    activityInternalAttendee: [],
    activityExternalAttendee: [],
    scorecard: [],
    scorecardRange: [],
    measureGroup: [],
    measure: [],
    scorecardAssignment: [],
    measureScore: [],
    scoreHistory: [],
    attributeDefinition: [],
    zoomAttributeLayoutItem: [],
    companyAttributeValue: [],
    cta: [],
    supportTicket: [],
    supportTicketReply: [],
  };
}

// The table each kind of row goes to, in an order that satisfies the foreign keys.
const TABLES: { [Table in keyof SeedRows]: Prisma.ModelName } = {
  domain: 'Domain',
  user: 'User',
  company: 'Company',
  relationshipType: 'RelationshipType',
  relationship: 'Relationship',
  person: 'Person',
  companyPerson: 'CompanyPerson',
  relationshipPerson: 'RelationshipPerson',
  activity: 'Activity',
  activityComment: 'ActivityComment',
  activityInternalAttendee: 'ActivityInternalAttendee',
  activityExternalAttendee: 'ActivityExternalAttendee',
  scorecard: 'Scorecard',
  scorecardRange: 'ScorecardRange',
  measureGroup: 'MeasureGroup',
  measure: 'Measure',
  scorecardAssignment: 'ScorecardAssignment',
  measureScore: 'MeasureScore',
  scoreHistory: 'ScoreHistory',
  attributeDefinition: 'AttributeDefinition',
  zoomAttributeLayoutItem: 'ZoomAttributeLayoutItem',
  companyAttributeValue: 'CompanyAttributeValue',
  cta: 'Cta',
  supportTicket: 'SupportTicket',
  supportTicketReply: 'SupportTicketReply',
};

/** Writes the rows table by table (parents first) and returns the counts. */
export async function insertSeedRows(db: Prisma.TransactionClient, rows: SeedRows): Promise<SeedSummary> {
  const summary = {} as SeedSummary;
  for (const table of Object.keys(TABLES) as Array<keyof SeedRows>) {
    await bulkInsert(db, TABLES[table], rows[table]);
    summary[table] = rows[table].length;
  }
  return summary;
}
