import { IMPORT_PREVIEW_ROWS, type ImportObject, type ImportPreview } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { IMPORT_COLUMNS } from './import-columns.ts';
import { savedMapping, type ColumnMapping } from './import-mapping.ts';
import { limitBytes } from './limit-bytes.ts';
import { readCsvRows } from './read-csv-rows.ts';

/** A preview shows the start of a cell: it is there to recognise the column, not to read it. */
const PREVIEW_CELL_CHARS = 200;

const shortened = (cell: string) => (cell.length > PREVIEW_CELL_CHARS ? `${cell.slice(0, PREVIEW_CELL_CHARS - 1)}…` : cell);

/** How a header may name a field: as it is, then in any case, then also without spaces, _ and - ("external id"). */
const NAME_MATCHES: ReadonlyArray<(name: string) => string> = [
  (name) => name,
  (name) => name.toLowerCase(),
  (name) => name.toLowerCase().replace(/[\s_-]+/g, ''),
];

/** The field each column would be read as: the remembered one, else the closest match by name; each field once. */
export function guessFields(names: readonly string[], fields: readonly string[], mapping: ColumnMapping): Array<string | null> {
  const guesses = names.map((name) => {
    const remembered = Object.hasOwn(mapping, name) ? mapping[name] : undefined;
    return remembered === null || (remembered !== undefined && fields.includes(remembered)) ? remembered : undefined;
  });
  const taken = new Set(guesses.filter((guess) => typeof guess === 'string'));
  for (const match of NAME_MATCHES) {
    names.forEach((name, index) => {
      if (guesses[index] !== undefined) return;
      const field = fields.find((candidate) => !taken.has(candidate) && match(candidate) === match(name));
      if (field === undefined) return;
      guesses[index] = field;
      taken.add(field);
    });
  }
  return guesses.map((guess) => guess ?? null);
}

/** Yields the source's chunks without ever closing it: a reader that stops early leaves the rest to be drained. */
async function* leftOpen(source: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
}

/**
 * `POST /api/admin/imports/preview?object=…`: the file's header and first rows, each column with the field it
 * would be read as, so the admin can map the columns before the check. Tenant admins only; writes nothing.
 */
export async function previewImport(
  prisma: PrismaClient,
  admin: Actor,
  object: ImportObject,
  file: AsyncIterable<Uint8Array>,
  charset?: string,
): Promise<ImportPreview> {
  assertCan(admin, 'administer');
  const source = limitBytes(file);
  let header: string[] | undefined;
  const rows: string[][] = [];
  try {
    for await (const { cells } of readCsvRows(leftOpen(source), charset)) {
      if (!header) header = cells.map((cell) => cell.trim());
      else rows.push(cells.map(shortened));
      if (rows.length === IMPORT_PREVIEW_ROWS) break;
    }
  } finally {
    // The rest of the request's body is read, not cut off: cutting it would cut off the answer too.
    while (!(await source.next()).done);
  }
  if (!header)
    throw new AppError('VALIDATION', 'The file is empty.', { errors: [{ path: 'file', message: 'The file needs a header row with the column names.' }] });
  const definition = IMPORT_COLUMNS[object];
  const fields = Object.keys(definition.columns);
  const guesses = guessFields(header, fields, await savedMapping(prisma, admin.domainId, object));
  return {
    columns: header.map((name, index) => ({ name, field: guesses[index] ?? null, sample: rows.map((cells) => cells[index] ?? '') })),
    rows,
    fields: fields.map((name) => ({ name, required: definition.required.includes(name) })),
  };
}
