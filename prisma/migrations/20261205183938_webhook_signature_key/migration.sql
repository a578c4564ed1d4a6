-- AlterTable
ALTER TABLE "ZoomWebhookEvent" ADD COLUMN     "signatureKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ZoomWebhookEvent_signatureKey_key" ON "ZoomWebhookEvent"("signatureKey");
