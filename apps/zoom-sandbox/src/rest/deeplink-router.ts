import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { SandboxState } from '../state/sandbox-state.ts';
import { authenticate } from './bearer-token.ts';

const deeplinkRequest = z.object({
  type: z.union([z.literal(1), z.literal(2)]).optional(),
  action: z.string().max(256).optional(),
});

/** Where a deeplink opens the app: the sandbox's Zoom client page, as that user, with the action as `act`. */
/** A deeplink opens the app in the user's client, with or without an action (Zoom's `act`). */
export function deeplinkFor(state: SandboxState, userId: string, action?: string): string {
  const link = `${state.settings.origin}/client?user=${encodeURIComponent(userId)}&open=1`;
  return action === undefined ? link : `${link}&act=${encodeURIComponent(action)}`;
}

export function deeplinkRouter(state: SandboxState) {
  const router = express.Router();
  router.post('/v2/zoomapp/deeplink', express.json(), (req, res) => {
    const token = authenticate(state, req, res);
    if (!token) return;
    const parsed = deeplinkRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return res.status(400).json({ code: 300, message: `Invalid field: ${issue?.path.join('.') || 'body'}. ${issue?.message ?? ''}`.trim() });
    }
    res.status(201).json({ deeplink: deeplinkFor(state, token.userId, parsed.data.action) });
  });
  // Malformed JSON is a bad request in Zoom's shape, not Express's HTML error page.
  router.use('/v2/zoomapp/deeplink', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof SyntaxError) return res.status(400).json({ code: 300, message: 'Request Body should be a valid JSON object.' });
    next(error);
  });
  return router;
}
