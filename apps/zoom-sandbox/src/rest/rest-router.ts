import express from 'express';
import type { SandboxState } from '../state/sandbox-state.ts';
import { deeplinkRouter } from './deeplink-router.ts';
import { recordingDownloadRouter } from './recording-download-router.ts';
import { usersRouter } from './users-router.ts';

/** The parts of api.zoom.us (and Zoom's file download host) the product calls. */
export function restRouter(state: SandboxState) {
  return express.Router().use(usersRouter(state)).use(deeplinkRouter(state)).use(recordingDownloadRouter(state));
}
