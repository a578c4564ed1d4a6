import type { PrismaClient } from '../store/prisma.ts';

/** Forgets the user's tokens (e.g. Zoom refused the refresh token): the user must authorize the app again. */
export async function deleteZoomInstallation(prisma: PrismaClient, zoomUserId: string): Promise<void> {
  await prisma.zoomInstallation.deleteMany({ where: { zoomUserId } });
}
