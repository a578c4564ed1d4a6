import { AppError, type SignedIn } from '@c360/c360';
import type { Request } from 'express';
import { gainsightUserOf } from '../../auth/index.ts';
import { paramOf } from '../../http/request.ts';
import { requireSession } from '../../session/index.ts';

/**
 * The meeting named by the route, if and only if this session's VERIFIED Zoom context (linked at
 * /zoom/home or POST /api/zoom/context) names that meeting; anything else is a 404, so a meeting id is
 * never confirmed to someone who is not in it.
 */
export function meetingOf(req: Request): { signedIn: SignedIn; meetingUuid: string } {
  const meetingUuid = paramOf(req, 'meetingUuid');
  const session = requireSession(req);
  if (meetingUuid === '' || session.meetingUuid === null || session.meetingUuid !== meetingUuid) {
    throw new AppError('NOT_FOUND', 'No such meeting.');
  }
  return { signedIn: gainsightUserOf(req), meetingUuid };
}
