import { Prisma } from '../store/prisma.ts';

/**
 * Inserts rows with one statement per batch: the rows travel as a single JSON parameter that PostgreSQL
 * expands with json_populate_recordset. Measured on the embedded store, Prisma's createMany spends ~0.4 ms
 * of CPU per row building the query (the demo data took ~30 s); this takes ~0.07 ms. Rows are Prisma's
 * CreateManyInput objects, whose field names are the column names (the schema maps none).
 */
export async function bulkInsert(db: Prisma.TransactionClient, table: string, rows: ReadonlyArray<object>, batchSize = 5_000): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const list = columns.map((column) => `"${column}"`).join(', ');
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  for (let start = 0; start < rows.length; start += batchSize) {
    await db.$executeRawUnsafe(sql, JSON.stringify(rows.slice(start, start + batchSize), toJsonValue));
  }
}

// Decimal and Date already serialise as strings PostgreSQL parses; Prisma's null markers become SQL NULL.
function toJsonValue(_key: string, value: unknown): unknown {
  return value === Prisma.DbNull || value === Prisma.JsonNull ? null : value;
}
