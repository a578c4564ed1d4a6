-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_createdById_idempotencyKey_key" ON "ApiKey"("createdById", "idempotencyKey");
