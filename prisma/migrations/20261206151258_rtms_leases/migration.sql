-- CreateTable
CREATE TABLE "RtmsLease" (
    "rtmsStreamId" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RtmsLease_pkey" PRIMARY KEY ("rtmsStreamId")
);
