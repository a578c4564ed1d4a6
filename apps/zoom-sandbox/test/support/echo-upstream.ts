import express from 'express';
import { listenLocally } from './listen-local.ts';

export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Stands in for the BFF: records what reached it and answers with a cookie of its own. */
export async function startEchoUpstream() {
  const seen: SeenRequest[] = [];
  const app = express();
  app.use(express.text({ type: '*/*' }));
  app.all('/{*path}', (req, res) => {
    seen.push({ method: req.method, url: req.originalUrl, headers: req.headers, body: typeof req.body === 'string' ? req.body : '' });
    res
      .status(req.path === '/zoom/home' ? 200 : 207)
      .cookie('sid', 'from-bff', { httpOnly: true })
      .set('x-upstream', 'yes')
      .send('upstream says hi');
  });
  const { origin, close } = await listenLocally(app);
  return { url: origin, seen, close };
}
