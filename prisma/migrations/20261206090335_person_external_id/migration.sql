-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Person_domainId_externalId_key" ON "Person"("domainId", "externalId");
