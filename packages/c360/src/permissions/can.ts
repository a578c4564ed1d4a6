import { PERMISSION_ACTIONS, type Licence, type Permission, type PermissionAction, type Permissions } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from './actor.ts';
import { ALLOWED_LICENCES, LICENCE_NAMES } from './licence-rules.ts';

/** What the permission rule reads of an actor: the licence and the admin flag. */
type PermissionHolder = Pick<Actor, 'licence' | 'isAdmin'>;

const ACTION_WORDS: Record<PermissionAction, string> = {
  signIn: 'sign in to the Zoom app',
  viewC360: 'view Customer 360',
  writeTimeline: 'log timeline activities',
  comment: 'comment on activities',
  readScorecard: 'view scorecards',
  commentScorecard: 'comment on scorecard measures',
  updateManualMeasure: 'update scorecard measures',
  editPeople: 'add or edit people',
  editAttributes: 'edit attributes',
  manageCtas: 'create or close CTAs',
  administer: 'administer the Zoom app',
  viewReports: 'view reports of Zoom-app use',
};

const listLicences = (licences: readonly Licence[]) => {
  const names = licences.map((licence) => LICENCE_NAMES[licence]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
};

/** The one permission rule: may this user do that, and if not, why. */
export function can(actor: PermissionHolder, action: PermissionAction): Permission {
  const allowed = ALLOWED_LICENCES[action];
  if (!allowed.includes(actor.licence)) {
    return {
      allowed: false,
      reason: `Your ${LICENCE_NAMES[actor.licence]} licence cannot ${ACTION_WORDS[action]}: it needs a ${listLicences(allowed)} licence.`,
    };
  }
  if (action === 'administer' && !actor.isAdmin) {
    return { allowed: false, reason: `Only a tenant administrator can ${ACTION_WORDS[action]}.` };
  }
  return { allowed: true };
}

/** Throws FORBIDDEN with the reason when the user may not. */
export function assertCan(actor: PermissionHolder, action: PermissionAction): void {
  const permission = can(actor, action);
  if (!permission.allowed) throw new AppError('FORBIDDEN', permission.reason!, { details: { action } });
}

/** Every action's permission, for the sidebar to hide or disable controls with the reason. */
export function permissionsOf(actor: PermissionHolder): Permissions {
  return Object.fromEntries(PERMISSION_ACTIONS.map((action) => [action, can(actor, action)])) as Permissions;
}
