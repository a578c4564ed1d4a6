-- CreateTable
CREATE TABLE "DiscardedDraftKey" (
    "authorId" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "domainId" UUID NOT NULL,
    "discardedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DiscardedDraftKey_pkey" PRIMARY KEY ("authorId","idempotencyKey")
);

-- CreateIndex
CREATE INDEX "DiscardedDraftKey_domainId_idx" ON "DiscardedDraftKey"("domainId");

-- AddForeignKey
ALTER TABLE "DiscardedDraftKey" ADD CONSTRAINT "DiscardedDraftKey_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscardedDraftKey" ADD CONSTRAINT "DiscardedDraftKey_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
