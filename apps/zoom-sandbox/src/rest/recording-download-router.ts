import express from 'express';
import type { SandboxState } from '../state/sandbox-state.ts';
import { authenticate } from './bearer-token.ts';
import { contentTypeOf, fileExtensionOf } from './recordings.ts';

export function recordingDownloadRouter(state: SandboxState) {
  return express.Router().get('/rec/download/:fileId', (req, res) => {
    if (state.failingDownloads > 0) {
      state.failingDownloads -= 1;
      return res.status(500).json({ code: 500, message: 'Internal server error.' });
    }
    const token = authenticate(state, req, res, { allowQuery: true });
    if (!token) return;
    const file = state.recordingFiles.get(req.params.fileId);
    if (!file) return res.status(404).json({ code: 3301, message: 'This recording does not exist.' });
    // Only the meeting host's token opens the host's cloud recordings.
    if (file.hostUserId !== token.userId) return res.status(401).json({ code: 124, message: 'Invalid access token.' });
    res
      .type(contentTypeOf(file.fileType))
      .set('Content-Disposition', `attachment; filename="${file.id}.${fileExtensionOf(file.fileType)}"`)
      .send(file.content);
  });
}
