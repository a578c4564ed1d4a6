-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "apiKeyId" UUID,
ALTER COLUMN "createdById" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "ImportJob_apiKeyId_idx" ON "ImportJob"("apiKeyId");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
