-- AlterTable
ALTER TABLE "Relationship" ADD COLUMN     "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Relationship_domainId_externalId_key" ON "Relationship"("domainId", "externalId");
