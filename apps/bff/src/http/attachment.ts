import type { Response } from 'express';

/** What a download is called and holds. */
export interface Attachment {
  contentType: string;
  filename: string;
}

/** Resolves when the response can take more (drained) or never will (closed), leaving no listener behind. */
function writable(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Sends a download (never cached) as its chunks come, with back-pressure: the next chunk is read only when the
 * last one is on its way, and none once the browser has gone (the source's `finally` runs). An error after the
 * first byte ends the response cut short, for the error handler to log.
 */
export async function sendAttachment(
  res: Response,
  { contentType, filename }: Attachment,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<void> {
  res.status(200).set({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  });
  for await (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await writable(res);
  }
  res.end();
}
