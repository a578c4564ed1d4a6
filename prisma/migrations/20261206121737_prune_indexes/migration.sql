-- CreateIndex
CREATE INDEX "DiscardedDraftKey_discardedAt_idx" ON "DiscardedDraftKey"("discardedAt");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- CreateIndex
CREATE INDEX "ZoomWebhookEvent_receivedAt_idx" ON "ZoomWebhookEvent"("receivedAt");
