CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "DataCenter" AS ENUM ('US1', 'US2', 'EU');

-- CreateEnum
CREATE TYPE "DomainEnvironment" AS ENUM ('PRODUCTION', 'SANDBOX');

-- CreateEnum
CREATE TYPE "ZoomAccessPolicy" AS ENUM ('ALL_LICENSED', 'SELECTED_USERS', 'NOBODY');

-- CreateEnum
CREATE TYPE "MeetingLogMode" AS ENUM ('AUTO', 'MANUAL');

-- CreateEnum
CREATE TYPE "Licence" AS ENUM ('FULL', 'VIEWER', 'VIEWER_PLUS', 'INTERNAL_COLLABORATOR', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('MEETING', 'CALL', 'EMAIL', 'UPDATE', 'MILESTONE');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'LOGGED');

-- CreateEnum
CREATE TYPE "ActivitySource" AS ENUM ('ZOOM_SIDEBAR', 'ZOOM_MEETING_LOG', 'GAINSIGHT_WEB', 'EMAIL_SYNC');

-- CreateEnum
CREATE TYPE "ScoringScheme" AS ENUM ('NUMERIC', 'GRADE', 'COLOR');

-- CreateEnum
CREATE TYPE "ScorecardTarget" AS ENUM ('COMPANY', 'RELATIONSHIP');

-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('MANUAL', 'AUTOMATED');

-- CreateEnum
CREATE TYPE "AttributeType" AS ENUM ('TEXT', 'NUMBER', 'CURRENCY', 'DATE', 'PICKLIST', 'USER', 'BOOLEAN');

-- CreateEnum
CREATE TYPE "CtaType" AS ENUM ('RISK', 'LIFECYCLE', 'EXPANSION', 'OBJECTIVE', 'ACTIVITY');

-- CreateEnum
CREATE TYPE "CtaStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CtaPriority" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "Domain" (
    "id" UUID NOT NULL,
    "tenant" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "dataCenter" "DataCenter" NOT NULL,
    "environment" "DomainEnvironment" NOT NULL,
    "new360" BOOLEAN NOT NULL DEFAULT true,
    "zoomAccessPolicy" "ZoomAccessPolicy" NOT NULL DEFAULT 'ALL_LICENSED',
    "meetingLogMode" "MeetingLogMode" NOT NULL DEFAULT 'MANUAL',
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "licence" "Licence" NOT NULL,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "zoomAppAllowed" BOOLEAN NOT NULL DEFAULT false,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "emailDomain" TEXT,
    "industry" TEXT,
    "employees" INTEGER,
    "arr" DECIMAL(14,2),
    "mrr" DECIMAL(14,2),
    "renewalDate" DATE,
    "originalContractDate" DATE,
    "stage" TEXT,
    "status" TEXT,
    "lifecycle" TEXT,
    "csmId" UUID,
    "nps" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelationshipType" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "RelationshipType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relationship" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "typeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "csmId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Relationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "linkedinUrl" TEXT,
    "location" TEXT,
    "timezone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyPerson" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "title" TEXT,
    "role" TEXT,
    "managerId" UUID,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelationshipPerson" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "relationshipId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelationshipPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "type" "ActivityType" NOT NULL,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "subject" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "activityDate" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER,
    "authorId" UUID NOT NULL,
    "companyId" UUID,
    "relationshipId" UUID,
    "meetingUuid" TEXT,
    "source" "ActivitySource" NOT NULL DEFAULT 'ZOOM_SIDEBAR',
    "version" INTEGER NOT NULL DEFAULT 1,
    "idempotencyKey" TEXT,
    "loggedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityComment" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityInternalAttendee" (
    "domainId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "ActivityInternalAttendee_pkey" PRIMARY KEY ("activityId","userId")
);

-- CreateTable
CREATE TABLE "ActivityExternalAttendee" (
    "domainId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "ActivityExternalAttendee_pkey" PRIMARY KEY ("activityId","personId")
);

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scheme" "ScoringScheme" NOT NULL,
    "target" "ScorecardTarget" NOT NULL,
    "relationshipTypeId" UUID,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardRange" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "minScore" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL,

    CONSTRAINT "ScorecardRange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureGroup" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "MeasureGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "groupId" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "weight" INTEGER NOT NULL,
    "kind" "MeasureKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardAssignment" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "companyId" UUID,
    "relationshipId" UUID,
    "overallScore" DECIMAL(5,2),
    "previousOverallScore" DECIMAL(5,2),
    "scoredAt" TIMESTAMPTZ(3),

    CONSTRAINT "ScorecardAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureScore" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "assignmentId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "score" DECIMAL(5,2),
    "previousScore" DECIMAL(5,2),
    "comment" TEXT,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeasureScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreHistory" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "assignmentId" UUID NOT NULL,
    "measureId" UUID,
    "score" DECIMAL(5,2) NOT NULL,
    "comment" TEXT,
    "changedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributeDefinition" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelJa" TEXT,
    "type" "AttributeType" NOT NULL,
    "standardField" TEXT,
    "options" JSONB,
    "readOnly" BOOLEAN NOT NULL DEFAULT false,
    "required" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AttributeDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoomAttributeLayoutItem" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "definitionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ZoomAttributeLayoutItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyAttributeValue" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "definitionId" UUID NOT NULL,
    "textValue" TEXT,
    "numberValue" DECIMAL(18,4),
    "dateValue" DATE,
    "booleanValue" BOOLEAN,
    "userValueId" UUID,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CompanyAttributeValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cta" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "relationshipId" UUID,
    "activityId" UUID,
    "type" "CtaType" NOT NULL DEFAULT 'ACTIVITY',
    "subject" TEXT NOT NULL,
    "reason" TEXT,
    "priority" "CtaPriority" NOT NULL DEFAULT 'MEDIUM',
    "status" "CtaStatus" NOT NULL DEFAULT 'OPEN',
    "ownerId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Cta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportTicket" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "firstResponseAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "rating" SMALLINT,

    CONSTRAINT "SupportTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportTicketReply" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "responseMinutes" INTEGER NOT NULL,

    CONSTRAINT "SupportTicketReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "meetingUuid" TEXT NOT NULL,
    "topic" TEXT,
    "hostZoomUserId" TEXT,
    "companyId" UUID,
    "relationshipId" UUID,
    "startedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "logState" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "participantUuid" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "personId" UUID,
    "userId" UUID,
    "joinedAt" TIMESTAMPTZ(3),
    "leftAt" TIMESTAMPTZ(3),

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "userId" UUID,
    "type" TEXT NOT NULL,
    "companyId" UUID,
    "relationshipId" UUID,
    "meetingUuid" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoomInstallation" (
    "id" UUID NOT NULL,
    "zoomUserId" TEXT NOT NULL,
    "domainId" UUID,
    "accountIdEnc" TEXT NOT NULL,
    "accessTokenEnc" TEXT NOT NULL,
    "refreshTokenEnc" TEXT NOT NULL,
    "accessExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "scopes" TEXT NOT NULL DEFAULT '',
    "installedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ZoomInstallation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "zoomUserId" TEXT,
    "userId" UUID,
    "domainId" UUID,
    "meetingUuid" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idleExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "absoluteExpiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoomWebhookEvent" (
    "id" UUID NOT NULL,
    "deliveryKey" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "zoomUserId" TEXT,
    "meetingUuid" TEXT,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ZoomWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Domain_host_key" ON "Domain"("host");

-- CreateIndex
CREATE INDEX "Domain_tenant_idx" ON "Domain"("tenant");

-- CreateIndex
CREATE INDEX "User_username_idx" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_domainId_username_key" ON "User"("domainId", "username");

-- CreateIndex
CREATE UNIQUE INDEX "User_domainId_email_key" ON "User"("domainId", "email");

-- CreateIndex
CREATE INDEX "Company_domainId_emailDomain_idx" ON "Company"("domainId", "emailDomain");

-- CreateIndex
CREATE INDEX "Company_csmId_idx" ON "Company"("csmId");

-- CreateIndex
CREATE INDEX "Company_name_trgm_idx" ON "Company" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Company_domainId_name_key" ON "Company"("domainId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "RelationshipType_domainId_name_key" ON "RelationshipType"("domainId", "name");

-- CreateIndex
CREATE INDEX "Relationship_domainId_companyId_idx" ON "Relationship"("domainId", "companyId");

-- CreateIndex
CREATE INDEX "Relationship_typeId_idx" ON "Relationship"("typeId");

-- CreateIndex
CREATE INDEX "Relationship_csmId_idx" ON "Relationship"("csmId");

-- CreateIndex
CREATE INDEX "Relationship_name_trgm_idx" ON "Relationship" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Relationship_companyId_name_key" ON "Relationship"("companyId", "name");

-- CreateIndex
CREATE INDEX "Person_fullName_trgm_idx" ON "Person" USING GIN ("fullName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Person_domainId_email_key" ON "Person"("domainId", "email");

-- CreateIndex
CREATE INDEX "CompanyPerson_personId_idx" ON "CompanyPerson"("personId");

-- CreateIndex
CREATE INDEX "CompanyPerson_managerId_idx" ON "CompanyPerson"("managerId");

-- CreateIndex
CREATE INDEX "CompanyPerson_domainId_idx" ON "CompanyPerson"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyPerson_companyId_personId_key" ON "CompanyPerson"("companyId", "personId");

-- CreateIndex
CREATE INDEX "RelationshipPerson_personId_idx" ON "RelationshipPerson"("personId");

-- CreateIndex
CREATE INDEX "RelationshipPerson_domainId_idx" ON "RelationshipPerson"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "RelationshipPerson_relationshipId_personId_key" ON "RelationshipPerson"("relationshipId", "personId");

-- CreateIndex
CREATE INDEX "Activity_companyId_activityDate_id_idx" ON "Activity"("companyId", "activityDate" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Activity_companyId_type_activityDate_id_idx" ON "Activity"("companyId", "type", "activityDate" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Activity_relationshipId_activityDate_id_idx" ON "Activity"("relationshipId", "activityDate" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Activity_relationshipId_type_activityDate_id_idx" ON "Activity"("relationshipId", "type", "activityDate" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Activity_domainId_meetingUuid_idx" ON "Activity"("domainId", "meetingUuid");

-- CreateIndex
CREATE INDEX "Activity_authorId_status_updatedAt_idx" ON "Activity"("authorId", "status", "updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Activity_authorId_idempotencyKey_key" ON "Activity"("authorId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ActivityComment_activityId_createdAt_idx" ON "ActivityComment"("activityId", "createdAt");

-- CreateIndex
CREATE INDEX "ActivityComment_domainId_idx" ON "ActivityComment"("domainId");

-- CreateIndex
CREATE INDEX "ActivityInternalAttendee_userId_idx" ON "ActivityInternalAttendee"("userId");

-- CreateIndex
CREATE INDEX "ActivityInternalAttendee_domainId_idx" ON "ActivityInternalAttendee"("domainId");

-- CreateIndex
CREATE INDEX "ActivityExternalAttendee_personId_idx" ON "ActivityExternalAttendee"("personId");

-- CreateIndex
CREATE INDEX "ActivityExternalAttendee_domainId_idx" ON "ActivityExternalAttendee"("domainId");

-- CreateIndex
CREATE INDEX "Scorecard_relationshipTypeId_idx" ON "Scorecard"("relationshipTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_domainId_name_key" ON "Scorecard"("domainId", "name");

-- CreateIndex
CREATE INDEX "ScorecardRange_domainId_idx" ON "ScorecardRange"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardRange_scorecardId_minScore_key" ON "ScorecardRange"("scorecardId", "minScore");

-- CreateIndex
CREATE INDEX "MeasureGroup_domainId_idx" ON "MeasureGroup"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureGroup_scorecardId_name_key" ON "MeasureGroup"("scorecardId", "name");

-- CreateIndex
CREATE INDEX "Measure_groupId_idx" ON "Measure"("groupId");

-- CreateIndex
CREATE INDEX "Measure_domainId_idx" ON "Measure"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_scorecardId_name_key" ON "Measure"("scorecardId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardAssignment_companyId_key" ON "ScorecardAssignment"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardAssignment_relationshipId_key" ON "ScorecardAssignment"("relationshipId");

-- CreateIndex
CREATE INDEX "ScorecardAssignment_scorecardId_idx" ON "ScorecardAssignment"("scorecardId");

-- CreateIndex
CREATE INDEX "ScorecardAssignment_domainId_idx" ON "ScorecardAssignment"("domainId");

-- CreateIndex
CREATE INDEX "MeasureScore_measureId_idx" ON "MeasureScore"("measureId");

-- CreateIndex
CREATE INDEX "MeasureScore_updatedById_idx" ON "MeasureScore"("updatedById");

-- CreateIndex
CREATE INDEX "MeasureScore_domainId_idx" ON "MeasureScore"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureScore_assignmentId_measureId_key" ON "MeasureScore"("assignmentId", "measureId");

-- CreateIndex
CREATE INDEX "ScoreHistory_assignmentId_measureId_recordedAt_idx" ON "ScoreHistory"("assignmentId", "measureId", "recordedAt" DESC);

-- CreateIndex
CREATE INDEX "ScoreHistory_measureId_idx" ON "ScoreHistory"("measureId");

-- CreateIndex
CREATE INDEX "ScoreHistory_changedById_idx" ON "ScoreHistory"("changedById");

-- CreateIndex
CREATE INDEX "ScoreHistory_domainId_idx" ON "ScoreHistory"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "AttributeDefinition_domainId_key_key" ON "AttributeDefinition"("domainId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ZoomAttributeLayoutItem_definitionId_key" ON "ZoomAttributeLayoutItem"("definitionId");

-- CreateIndex
CREATE INDEX "ZoomAttributeLayoutItem_domainId_position_idx" ON "ZoomAttributeLayoutItem"("domainId", "position");

-- CreateIndex
CREATE INDEX "CompanyAttributeValue_definitionId_idx" ON "CompanyAttributeValue"("definitionId");

-- CreateIndex
CREATE INDEX "CompanyAttributeValue_userValueId_idx" ON "CompanyAttributeValue"("userValueId");

-- CreateIndex
CREATE INDEX "CompanyAttributeValue_updatedById_idx" ON "CompanyAttributeValue"("updatedById");

-- CreateIndex
CREATE INDEX "CompanyAttributeValue_domainId_idx" ON "CompanyAttributeValue"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyAttributeValue_companyId_definitionId_key" ON "CompanyAttributeValue"("companyId", "definitionId");

-- CreateIndex
CREATE INDEX "Cta_companyId_status_dueDate_idx" ON "Cta"("companyId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Cta_relationshipId_status_dueDate_idx" ON "Cta"("relationshipId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Cta_ownerId_status_dueDate_idx" ON "Cta"("ownerId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Cta_activityId_idx" ON "Cta"("activityId");

-- CreateIndex
CREATE INDEX "Cta_domainId_idx" ON "Cta"("domainId");

-- CreateIndex
CREATE INDEX "SupportTicket_companyId_status_idx" ON "SupportTicket"("companyId", "status");

-- CreateIndex
CREATE INDEX "SupportTicket_companyId_createdAt_idx" ON "SupportTicket"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportTicket_domainId_idx" ON "SupportTicket"("domainId");

-- CreateIndex
CREATE INDEX "SupportTicketReply_ticketId_sentAt_idx" ON "SupportTicketReply"("ticketId", "sentAt");

-- CreateIndex
CREATE INDEX "SupportTicketReply_domainId_idx" ON "SupportTicketReply"("domainId");

-- CreateIndex
CREATE INDEX "Meeting_meetingUuid_idx" ON "Meeting"("meetingUuid");

-- CreateIndex
CREATE INDEX "Meeting_companyId_idx" ON "Meeting"("companyId");

-- CreateIndex
CREATE INDEX "Meeting_relationshipId_idx" ON "Meeting"("relationshipId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_domainId_meetingUuid_key" ON "Meeting"("domainId", "meetingUuid");

-- CreateIndex
CREATE INDEX "MeetingParticipant_personId_idx" ON "MeetingParticipant"("personId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_userId_idx" ON "MeetingParticipant"("userId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_domainId_idx" ON "MeetingParticipant"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_meetingId_participantUuid_key" ON "MeetingParticipant"("meetingId", "participantUuid");

-- CreateIndex
CREATE INDEX "AuditEvent_domainId_createdAt_id_idx" ON "AuditEvent"("domainId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_domainId_type_createdAt_idx" ON "AuditEvent"("domainId", "type", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_companyId_createdAt_idx" ON "AuditEvent"("companyId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_relationshipId_createdAt_idx" ON "AuditEvent"("relationshipId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_userId_createdAt_idx" ON "AuditEvent"("userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ZoomInstallation_zoomUserId_key" ON "ZoomInstallation"("zoomUserId");

-- CreateIndex
CREATE INDEX "ZoomInstallation_domainId_idx" ON "ZoomInstallation"("domainId");

-- CreateIndex
CREATE INDEX "Session_zoomUserId_idx" ON "Session"("zoomUserId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_domainId_idx" ON "Session"("domainId");

-- CreateIndex
CREATE INDEX "Session_idleExpiresAt_idx" ON "Session"("idleExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ZoomWebhookEvent_deliveryKey_key" ON "ZoomWebhookEvent"("deliveryKey");

-- CreateIndex
CREATE INDEX "ZoomWebhookEvent_event_receivedAt_idx" ON "ZoomWebhookEvent"("event", "receivedAt");

-- CreateIndex
CREATE INDEX "ZoomWebhookEvent_zoomUserId_idx" ON "ZoomWebhookEvent"("zoomUserId");

-- CreateIndex
CREATE INDEX "ZoomWebhookEvent_meetingUuid_idx" ON "ZoomWebhookEvent"("meetingUuid");

-- CreateIndex
CREATE INDEX "RateLimitCounter_expiresAt_idx" ON "RateLimitCounter"("expiresAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_csmId_fkey" FOREIGN KEY ("csmId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipType" ADD CONSTRAINT "RelationshipType_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "RelationshipType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_csmId_fkey" FOREIGN KEY ("csmId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyPerson" ADD CONSTRAINT "CompanyPerson_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyPerson" ADD CONSTRAINT "CompanyPerson_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyPerson" ADD CONSTRAINT "CompanyPerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyPerson" ADD CONSTRAINT "CompanyPerson_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "CompanyPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipPerson" ADD CONSTRAINT "RelationshipPerson_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipPerson" ADD CONSTRAINT "RelationshipPerson_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationshipPerson" ADD CONSTRAINT "RelationshipPerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityComment" ADD CONSTRAINT "ActivityComment_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityComment" ADD CONSTRAINT "ActivityComment_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityComment" ADD CONSTRAINT "ActivityComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityInternalAttendee" ADD CONSTRAINT "ActivityInternalAttendee_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityInternalAttendee" ADD CONSTRAINT "ActivityInternalAttendee_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityInternalAttendee" ADD CONSTRAINT "ActivityInternalAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityExternalAttendee" ADD CONSTRAINT "ActivityExternalAttendee_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityExternalAttendee" ADD CONSTRAINT "ActivityExternalAttendee_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityExternalAttendee" ADD CONSTRAINT "ActivityExternalAttendee_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_relationshipTypeId_fkey" FOREIGN KEY ("relationshipTypeId") REFERENCES "RelationshipType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRange" ADD CONSTRAINT "ScorecardRange_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRange" ADD CONSTRAINT "ScorecardRange_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureGroup" ADD CONSTRAINT "MeasureGroup_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureGroup" ADD CONSTRAINT "MeasureGroup_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "MeasureGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardAssignment" ADD CONSTRAINT "ScorecardAssignment_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardAssignment" ADD CONSTRAINT "ScorecardAssignment_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardAssignment" ADD CONSTRAINT "ScorecardAssignment_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardAssignment" ADD CONSTRAINT "ScorecardAssignment_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureScore" ADD CONSTRAINT "MeasureScore_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureScore" ADD CONSTRAINT "MeasureScore_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ScorecardAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureScore" ADD CONSTRAINT "MeasureScore_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureScore" ADD CONSTRAINT "MeasureScore_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreHistory" ADD CONSTRAINT "ScoreHistory_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreHistory" ADD CONSTRAINT "ScoreHistory_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ScorecardAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreHistory" ADD CONSTRAINT "ScoreHistory_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreHistory" ADD CONSTRAINT "ScoreHistory_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributeDefinition" ADD CONSTRAINT "AttributeDefinition_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoomAttributeLayoutItem" ADD CONSTRAINT "ZoomAttributeLayoutItem_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoomAttributeLayoutItem" ADD CONSTRAINT "ZoomAttributeLayoutItem_definitionId_fkey" FOREIGN KEY ("definitionId") REFERENCES "AttributeDefinition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAttributeValue" ADD CONSTRAINT "CompanyAttributeValue_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAttributeValue" ADD CONSTRAINT "CompanyAttributeValue_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAttributeValue" ADD CONSTRAINT "CompanyAttributeValue_definitionId_fkey" FOREIGN KEY ("definitionId") REFERENCES "AttributeDefinition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAttributeValue" ADD CONSTRAINT "CompanyAttributeValue_userValueId_fkey" FOREIGN KEY ("userValueId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAttributeValue" ADD CONSTRAINT "CompanyAttributeValue_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cta" ADD CONSTRAINT "Cta_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cta" ADD CONSTRAINT "Cta_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cta" ADD CONSTRAINT "Cta_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cta" ADD CONSTRAINT "Cta_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cta" ADD CONSTRAINT "Cta_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportTicket" ADD CONSTRAINT "SupportTicket_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportTicket" ADD CONSTRAINT "SupportTicket_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportTicketReply" ADD CONSTRAINT "SupportTicketReply_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportTicketReply" ADD CONSTRAINT "SupportTicketReply_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "SupportTicket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoomInstallation" ADD CONSTRAINT "ZoomInstallation_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;
