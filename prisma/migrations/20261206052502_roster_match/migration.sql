-- DropIndex
DROP INDEX "Company_domainId_emailDomain_idx";

-- CreateIndex (by hand: Prisma cannot declare an expression index, and leaves this one alone)
-- Roster matching compares lower("emailDomain") with the attendees' e-mail domains; the plain
-- ("domainId", "emailDomain") index above could not serve that, so every roster scanned the tenant's companies.
CREATE INDEX "Company_domainId_lower_emailDomain_idx" ON "Company"("domainId", lower("emailDomain"));
-- An expression index has no statistics until the table is analysed, and without them the planner
-- guesses most of the tenant's companies match and keeps scanning them.
ANALYZE "Company";

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "rosterMatch" JSONB;
