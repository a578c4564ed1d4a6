-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Relationship" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- Backfill existing rows. New names are folded by searchKey() in packages/c360/src/search (NFKD, Latin
-- diacritics removed, lower case); this covers the common Latin accents of names already stored.
UPDATE "Company" SET "searchName" = translate(lower(name), 'áàâäãåāéèêëēíìîïīóòôöõøōúùûüūýÿçñß', 'aaaaaaaeeeeeiiiiioooooooouuuuuyycns');
UPDATE "Relationship" SET "searchName" = translate(lower(name), 'áàâäãåāéèêëēíìîïīóòôöõøōúùûüūýÿçñß', 'aaaaaaaeeeeeiiiiioooooooouuuuuyycns');

-- CreateIndex
CREATE INDEX "Company_searchName_trgm_idx" ON "Company" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Relationship_searchName_trgm_idx" ON "Relationship" USING GIN ("searchName" gin_trgm_ops);
