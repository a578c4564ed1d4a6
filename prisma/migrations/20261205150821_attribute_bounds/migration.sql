-- AlterTable
ALTER TABLE "AttributeDefinition" ADD COLUMN     "maxValue" DECIMAL(18,4),
ADD COLUMN     "minValue" DECIMAL(18,4) DEFAULT 0;

-- NPS is a score from -100 to 100, not an amount: its bounds say so instead of the default minimum of 0.
UPDATE "AttributeDefinition" SET "minValue" = -100, "maxValue" = 100 WHERE "standardField" = 'nps';
