-- AlterTable
ALTER TABLE "Domain" ADD COLUMN     "transcriptRetentionDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "captureStreamId" TEXT;

-- CreateTable
CREATE TABLE "TranscriptSegment" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "rtmsStreamId" TEXT NOT NULL,
    "zoomUserId" BIGINT NOT NULL,
    "speakerName" TEXT NOT NULL,
    "personId" UUID,
    "userId" UUID,
    "side" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "startTime" TIMESTAMPTZ(3) NOT NULL,
    "endTime" TIMESTAMPTZ(3) NOT NULL,
    "language" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranscriptSegment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TranscriptSegment_meetingId_startTime_idx" ON "TranscriptSegment"("meetingId", "startTime");

-- CreateIndex
CREATE INDEX "TranscriptSegment_createdAt_idx" ON "TranscriptSegment"("createdAt");

-- CreateIndex
CREATE INDEX "TranscriptSegment_domainId_idx" ON "TranscriptSegment"("domainId");

-- CreateIndex
CREATE INDEX "TranscriptSegment_personId_idx" ON "TranscriptSegment"("personId");

-- CreateIndex
CREATE INDEX "TranscriptSegment_userId_idx" ON "TranscriptSegment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TranscriptSegment_meetingId_rtmsStreamId_zoomUserId_startTi_key" ON "TranscriptSegment"("meetingId", "rtmsStreamId", "zoomUserId", "startTime");

-- AddForeignKey
ALTER TABLE "TranscriptSegment" ADD CONSTRAINT "TranscriptSegment_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSegment" ADD CONSTRAINT "TranscriptSegment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSegment" ADD CONSTRAINT "TranscriptSegment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSegment" ADD CONSTRAINT "TranscriptSegment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
