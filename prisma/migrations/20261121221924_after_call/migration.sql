-- CreateEnum
CREATE TYPE "MeetingLogState" AS ENUM ('PENDING', 'LOGGED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "RecordingFileKind" AS ENUM ('TRANSCRIPT', 'CHAT');

-- CreateEnum
CREATE TYPE "RecordingFileStatus" AS ENUM ('PENDING', 'STORED', 'FAILED');

-- DropIndex
DROP INDEX "Cta_companyId_status_dueDate_idx";

-- DropIndex
DROP INDEX "Cta_relationshipId_status_dueDate_idx";

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "hostUserId" UUID,
ADD COLUMN     "logActivityId" UUID,
DROP COLUMN "logState",
ADD COLUMN     "logState" "MeetingLogState";

-- CreateTable
CREATE TABLE "MeetingRecordingFile" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "zoomFileId" TEXT NOT NULL,
    "kind" "RecordingFileKind" NOT NULL,
    "status" "RecordingFileStatus" NOT NULL DEFAULT 'PENDING',
    "downloadUrl" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "content" TEXT,
    "storedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingRecordingFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordingLine" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "startMs" INTEGER,
    "endMs" INTEGER,
    "speaker" TEXT,
    "text" TEXT NOT NULL,

    CONSTRAINT "RecordingLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingRecordingFile_status_nextAttemptAt_idx" ON "MeetingRecordingFile"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MeetingRecordingFile_domainId_idx" ON "MeetingRecordingFile"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRecordingFile_meetingId_zoomFileId_key" ON "MeetingRecordingFile"("meetingId", "zoomFileId");

-- CreateIndex
CREATE INDEX "RecordingLine_text_trgm_idx" ON "RecordingLine" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RecordingLine_domainId_idx" ON "RecordingLine"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordingLine_fileId_seq_key" ON "RecordingLine"("fileId", "seq");

-- CreateIndex
CREATE INDEX "Cta_companyId_status_dueDate_id_idx" ON "Cta"("companyId", "status", "dueDate", "id");

-- CreateIndex
CREATE INDEX "Cta_relationshipId_status_dueDate_id_idx" ON "Cta"("relationshipId", "status", "dueDate", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_logActivityId_key" ON "Meeting"("logActivityId");

-- CreateIndex
CREATE INDEX "Meeting_hostUserId_logState_endedAt_idx" ON "Meeting"("hostUserId", "logState", "endedAt");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_hostUserId_fkey" FOREIGN KEY ("hostUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_logActivityId_fkey" FOREIGN KEY ("logActivityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRecordingFile" ADD CONSTRAINT "MeetingRecordingFile_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRecordingFile" ADD CONSTRAINT "MeetingRecordingFile_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordingLine" ADD CONSTRAINT "RecordingLine_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordingLine" ADD CONSTRAINT "RecordingLine_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "MeetingRecordingFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
