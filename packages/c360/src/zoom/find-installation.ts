import type { PrismaClient } from '../store/prisma.ts';

/** Whether a Zoom user has installed the app, without reading any token. */
export interface ZoomInstallationSummary {
  zoomUserId: string;
  installedAt: Date;
}

export async function findZoomInstallation(prisma: PrismaClient, zoomUserId: string): Promise<ZoomInstallationSummary | null> {
  return prisma.zoomInstallation.findUnique({
    where: { zoomUserId },
    select: { zoomUserId: true, installedAt: true },
  });
}
