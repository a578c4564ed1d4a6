-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "mapping" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "ImportMapping" (
    "id" UUID NOT NULL,
    "domainId" UUID NOT NULL,
    "object" TEXT NOT NULL,
    "columns" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportMapping_domainId_object_key" ON "ImportMapping"("domainId", "object");

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;
