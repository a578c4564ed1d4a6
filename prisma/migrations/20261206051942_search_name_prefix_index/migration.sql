-- "Starts with" read from a b-tree in index order: text_pattern_ops compares bytes whatever the database
-- collation, so LIKE 'key%' becomes an index range and ORDER BY "searchName" USING ~<~ needs no sort.
-- Written by hand: Prisma cannot express an operator class on a b-tree (the schema shows the plain index).

-- CreateIndex
CREATE INDEX "Company_searchName_prefix_idx" ON "Company"("domainId", "searchName" text_pattern_ops, "id");

-- CreateIndex
CREATE INDEX "Relationship_searchName_prefix_idx" ON "Relationship"("domainId", "searchName" text_pattern_ops, "id");
