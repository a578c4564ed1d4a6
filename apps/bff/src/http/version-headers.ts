import { AppError } from '@c360/c360';

// `"<n>"` or a weak `W/"<n>"`: our ETags are record versions.
const VERSION_TAG = /^(?:W\/)?"([1-9][0-9]{0,9})"$/;

const invalid = (path: string, message: string) => new AppError('VALIDATION', 'Some fields are not valid.', { errors: [{ path, message }] });

/** The version an `If-Match` names, if the header is present. */
export function ifMatchVersionOf(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const version = VERSION_TAG.exec(header.trim())?.[1];
  if (version === undefined) throw invalid('If-Match', 'Send the ETag you were given, e.g. "3".');
  return Number(version);
}

export const etagOf = (version: number) => `"${version}"`;
