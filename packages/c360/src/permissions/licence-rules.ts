import type { Licence, PermissionAction } from '@c360/contracts';

/**
 * notes/c360-domain.md, "Licences": the Zoom app grants exactly what the web app grants for the same
 * licence. Administering the tenant also needs the admin flag (checked in `can`).
 */
export const ALLOWED_LICENCES: Record<PermissionAction, readonly Licence[]> = {
  signIn: ['FULL', 'VIEWER_PLUS', 'VIEWER'],
  viewC360: ['FULL', 'VIEWER_PLUS', 'VIEWER'],
  writeTimeline: ['FULL', 'VIEWER_PLUS', 'VIEWER'],
  comment: ['FULL', 'VIEWER_PLUS', 'VIEWER'],
  readScorecard: ['FULL', 'VIEWER_PLUS', 'VIEWER'],
  commentScorecard: ['FULL', 'VIEWER_PLUS'],
  updateManualMeasure: ['FULL'],
  editPeople: ['FULL'],
  editAttributes: ['FULL'],
  // CTAs are Customer Success work like people and attributes: Full licences (CSMs) only.
  manageCtas: ['FULL'],
  administer: ['FULL'],
  // Admins and CSMs (a CSM holds a Full licence); tenant admins hold Full licences as well.
  viewReports: ['FULL'],
};

export const LICENCE_NAMES: Record<Licence, string> = {
  FULL: 'Full',
  VIEWER: 'Viewer',
  VIEWER_PLUS: 'Viewer+',
  INTERNAL_COLLABORATOR: 'Internal Collaborator',
  EXTERNAL: 'External',
};
