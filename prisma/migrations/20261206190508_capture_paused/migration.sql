-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "capturePaused" BOOLEAN NOT NULL DEFAULT false;
