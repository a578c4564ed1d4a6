import { AppError } from '../errors/app-error.ts';
import { toActivity, type ActivityRow } from './activity-view.ts';

/** An edit that started from an older version: a CONFLICT carrying the current activity, so nothing typed is lost. */
export const staleActivity = (current: ActivityRow) =>
  new AppError('CONFLICT', 'Someone changed this activity since you opened it.', { details: { current: toActivity(current) } });
