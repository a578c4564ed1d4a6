import express from 'express';
import type { SandboxState } from '../state/sandbox-state.ts';
import { findZoomUser, type ZoomUser } from '../zoom-users.ts';
import { authenticate } from './bearer-token.ts';

// Each demo company's Zoom account sits in one place; the profile says so.
const ACCOUNT_TIMEZONES: Record<string, string> = {
  'acct-initech-B3w8Nq5uYc': 'Europe/Berlin',
  'acct-globex-Z7p1Kd0sTe': 'America/Chicago',
};

/** The fields of Zoom's `GET /v2/users/me` the product reads, with Zoom's names and types. */
export const userProfile = (user: ZoomUser) => ({
  id: user.id,
  account_id: user.accountId,
  email: user.email,
  first_name: user.firstName,
  last_name: user.lastName,
  display_name: `${user.firstName} ${user.lastName}`,
  type: 1,
  status: 'active',
  timezone: ACCOUNT_TIMEZONES[user.accountId] ?? 'America/New_York',
  language: 'en-US',
});

export function usersRouter(state: SandboxState) {
  return express.Router().get('/v2/users/me', (req, res) => {
    const token = authenticate(state, req, res);
    if (!token) return;
    const user = findZoomUser(token.userId);
    if (!user) return res.status(404).json({ code: 1001, message: 'User does not exist.' });
    res.json(userProfile(user));
  });
}
