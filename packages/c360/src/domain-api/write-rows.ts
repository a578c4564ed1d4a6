import { Prisma, type PrismaClient } from '../store/prisma.ts';

// Set-based writes for a batch of upserts: each statement sends one array per column and PostgreSQL unnests
// them, so a batch of thousands of rows is one round trip and a few bound parameters (Prisma's createMany binds
// one parameter per value, and its updates go one row at a time).

export type RawSql = Pick<PrismaClient, '$executeRaw'>;

/** A column's PostgreSQL type, for the cast of its array. */
export type SqlType = 'uuid' | 'text' | 'boolean' | 'int4' | 'numeric' | 'date' | 'timestamptz';

/** The values a column's array may hold: numerics as decimal text, dates as YYYY-MM-DD, instants as ISO text. */
export type SqlValue = string | number | boolean | null;

/** A row of values (an interface too, which a Record type would not take). */
export type SqlRow<Row> = { [Column in keyof Row]: SqlValue };

/** The table's columns a batch writes, each with its type; `id` must be among them for `updateRows`. */
export type Columns<Row> = ReadonlyArray<readonly [keyof Row & string, SqlType]>;

const quoted = (name: string) => `"${name}"`;

function unnestOf<Row extends SqlRow<Row>>(columns: Columns<Row>, rows: readonly Row[]): Prisma.Sql {
  const arrays = columns.map(([name, type]) => Prisma.sql`${rows.map((row) => row[name])}::${Prisma.raw(type)}[]`);
  return Prisma.sql`unnest(${Prisma.join(arrays)}) AS u(${Prisma.raw(columns.map(([name]) => quoted(name)).join(', '))})`;
}

/** Inserts the rows in one statement. Table and column names come from code, never from a record. */
export async function insertRows<Row extends SqlRow<Row>>(tx: RawSql, table: string, columns: Columns<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Prisma.raw(columns.map(([name]) => quoted(name)).join(', '));
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(quoted(table))} (${names}) SELECT ${names} FROM ${unnestOf(columns, rows)}`;
}

/** Sets every listed column of each row (found by its `id`) to the row's value, in one statement. */
export async function updateRows<Row extends SqlRow<Row> & { id: string }>(
  tx: RawSql,
  table: string,
  columns: Columns<Row>,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const sets = columns
    .filter(([name]) => name !== 'id')
    .map(([name]) => `${quoted(name)} = u.${quoted(name)}`)
    .join(', ');
  await tx.$executeRaw`UPDATE ${Prisma.raw(quoted(table))} AS t SET ${Prisma.raw(sets)} FROM ${unnestOf(columns, rows)} WHERE t."id" = u."id"`;
}
