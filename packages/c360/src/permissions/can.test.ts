import { PERMISSION_ACTIONS } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { assertCan, can, permissionsOf } from './can.ts';

const full = { licence: 'FULL', isAdmin: false } as const;
const viewer = { licence: 'VIEWER', isAdmin: false } as const;
const viewerPlus = { licence: 'VIEWER_PLUS', isAdmin: false } as const;
const collaborator = { licence: 'INTERNAL_COLLABORATOR', isAdmin: false } as const;

describe('licence permissions (notes/c360-domain.md)', () => {
  it('let Full, Viewer+ and Viewer sign in and view, and nobody else', () => {
    for (const actor of [full, viewer, viewerPlus]) expect(can(actor, 'signIn').allowed).toBe(true);
    for (const licence of ['INTERNAL_COLLABORATOR', 'EXTERNAL'] as const) {
      expect(can({ licence, isAdmin: false }, 'signIn')).toEqual({
        allowed: false,
        reason: expect.stringContaining('it needs a Full, Viewer+ or Viewer licence'),
      });
    }
  });

  it('let a viewer log timeline activities and comment, as the web app does', () => {
    expect(can(viewer, 'writeTimeline').allowed).toBe(true);
    expect(can(viewer, 'comment').allowed).toBe(true);
  });

  it('let only Viewer+ and Full comment on scorecards, and only Full update manual measures', () => {
    expect(can(viewer, 'commentScorecard').allowed).toBe(false);
    expect(can(viewerPlus, 'commentScorecard').allowed).toBe(true);
    expect(can(viewerPlus, 'updateManualMeasure')).toEqual({
      allowed: false,
      reason: 'Your Viewer+ licence cannot update scorecard measures: it needs a Full licence.',
    });
    expect(can(full, 'updateManualMeasure').allowed).toBe(true);
  });

  it('keep people and attributes edits for Full licences', () => {
    expect(can(viewer, 'editPeople').allowed).toBe(false);
    expect(can(viewerPlus, 'editAttributes').allowed).toBe(false);
    expect(can(full, 'editPeople').allowed).toBe(true);
  });

  it('keep creating and closing CTAs for Full licences', () => {
    expect(can(viewer, 'manageCtas')).toEqual({ allowed: false, reason: 'Your Viewer licence cannot create or close CTAs: it needs a Full licence.' });
    expect(can(viewerPlus, 'manageCtas').allowed).toBe(false);
    expect(can(full, 'manageCtas').allowed).toBe(true);
  });

  it('need the admin flag as well as a Full licence to administer', () => {
    expect(can(full, 'administer')).toEqual({ allowed: false, reason: 'Only a tenant administrator can administer the Zoom app.' });
    expect(can({ licence: 'FULL', isAdmin: true }, 'administer').allowed).toBe(true);
  });

  it('refuse with a FORBIDDEN error that carries the reason', () => {
    expect(() => assertCan(collaborator, 'viewC360')).toThrow(AppError);
    expect(() => assertCan(collaborator, 'viewC360')).toThrow(/Internal Collaborator licence cannot view Customer 360/);
  });

  it('list every action for the sidebar', () => {
    const permissions = permissionsOf(viewer);
    expect(Object.keys(permissions)).toEqual([...PERMISSION_ACTIONS]);
    expect(permissions.editPeople?.reason).toMatch(/needs a Full licence/);
  });
});
