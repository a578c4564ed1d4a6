import { AppError } from '../errors/app-error.ts';
import type { Licence } from '@c360/contracts';
import { can } from '../permissions/can.ts';
import type { ZoomAccessPolicy } from '../store/prisma.ts';

export interface AccessSubject {
  licence: Licence;
  isAdmin: boolean;
  zoomAppAllowed: boolean;
  domain: { name: string; zoomAccessPolicy: ZoomAccessPolicy };
}

/**
 * The tenant admin's choice (seed 000): the Zoom app for every licensed user, for chosen users, or for
 * nobody. Checked at sign-in and on every request, so a change reaches existing sessions at once.
 * It never shuts out the tenant's administrators: they set it from the Zoom app and must be able to
 * sign in again to undo it.
 */
export function assertZoomAppAccess(subject: AccessSubject): void {
  if (can(subject, 'administer').allowed) return;
  const { zoomAccessPolicy, name } = subject.domain;
  if (zoomAccessPolicy === 'NOBODY') {
    throw new AppError('FORBIDDEN', `Your administrator has turned off the Zoom app for ${name}.`, {
      details: { reason: 'zoom-app-disabled' },
    });
  }
  if (zoomAccessPolicy === 'SELECTED_USERS' && !subject.zoomAppAllowed) {
    throw new AppError('FORBIDDEN', `Your administrator allows the Zoom app for ${name} only to selected users; ask them to add you.`, {
      details: { reason: 'zoom-app-not-selected' },
    });
  }
}
