import express from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { authorizeRouter } from './authorize-router.ts';
import { tokenRouter } from './token-router.ts';

/** Zoom's OAuth server (zoom.us/oauth/*): authorize with consent, token exchange and refresh. */
export function oauthRouter(config: SandboxConfig, state: SandboxState) {
  return express.Router().use(authorizeRouter(config, state)).use(tokenRouter(config, state));
}
