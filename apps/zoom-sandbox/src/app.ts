import express from 'express';
import type { SandboxConfig } from './config.ts';
import { homePage } from './pages/home-page.ts';

export function createSandboxApp(config: SandboxConfig) {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/', (_req, res) => {
    res.type('html').send(homePage(config));
  });
  return app;
}
