-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "activeSpeaker" JSONB;
