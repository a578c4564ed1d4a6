-- AlterTable
ALTER TABLE "RtmsLease" ADD COLUMN     "serverUrl" TEXT;
