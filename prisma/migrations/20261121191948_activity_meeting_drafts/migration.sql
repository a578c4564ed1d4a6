-- CreateIndex
CREATE INDEX "Activity_authorId_meetingUuid_status_updatedAt_id_idx" ON "Activity"("authorId", "meetingUuid", "status", "updatedAt" DESC, "id" DESC);
