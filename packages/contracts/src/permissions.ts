import { z } from 'zod';

export const LICENCES = ['FULL', 'VIEWER', 'VIEWER_PLUS', 'INTERNAL_COLLABORATOR', 'EXTERNAL'] as const;
export const licenceSchema = z.enum(LICENCES);
export type Licence = z.infer<typeof licenceSchema>;

/** What a signed-in user may attempt; the UI hides or disables each action with the reason. */
export const PERMISSION_ACTIONS = [
  'signIn',
  'viewC360',
  'writeTimeline',
  'comment',
  'readScorecard',
  'commentScorecard',
  'updateManualMeasure',
  'editPeople',
  'editAttributes',
  'manageCtas',
  'administer',
  /** Read the Zoom-app use report (issue 7): admins and CSMs. */
  'viewReports',
] as const;
export const permissionActionSchema = z.enum(PERMISSION_ACTIONS);
export type PermissionAction = z.infer<typeof permissionActionSchema>;

export const permissionSchema = z.object({
  allowed: z.boolean(),
  /** Why not, in words for the user (present when not allowed). */
  reason: z.string().optional(),
});
export type Permission = z.infer<typeof permissionSchema>;

export const permissionsSchema = z.record(permissionActionSchema, permissionSchema);
export type Permissions = z.infer<typeof permissionsSchema>;
