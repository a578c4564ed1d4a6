import { z } from 'zod';
import { licenceSchema } from './permissions.ts';

export const ZOOM_ACCESS_POLICIES = ['ALL_LICENSED', 'SELECTED_USERS', 'NOBODY'] as const;
export const zoomAccessPolicySchema = z.enum(ZOOM_ACCESS_POLICIES);
export type ZoomAccessPolicy = z.infer<typeof zoomAccessPolicySchema>;

/** A user of the admin's domain, as the access screen lists them. */
export const domainUserSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  licence: licenceSchema,
  /** Licences that may sign in at all (Full, Viewer+, Viewer). */
  licensed: z.boolean(),
  zoomAppAllowed: z.boolean(),
});
export type DomainUser = z.infer<typeof domainUserSchema>;

/** `GET /api/admin/zoom-access`. */
export const zoomAccessSchema = z.object({
  policy: zoomAccessPolicySchema,
  users: z.array(domainUserSchema),
});
export type ZoomAccess = z.infer<typeof zoomAccessSchema>;

/** `PUT /api/admin/zoom-access`: the policy and, for SELECTED_USERS, who is allowed. */
export const updateZoomAccessSchema = z.object({
  policy: zoomAccessPolicySchema,
  allowedUserIds: z.array(z.uuid()).max(10_000).default([]),
});
export type UpdateZoomAccess = z.infer<typeof updateZoomAccessSchema>;
