-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Cta" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "SupportTicket" ADD COLUMN     "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Activity_domainId_externalId_key" ON "Activity"("domainId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Cta_domainId_externalId_key" ON "Cta"("domainId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportTicket_domainId_externalId_key" ON "SupportTicket"("domainId", "externalId");
