import type pg from 'pg';

/** `work` on one pooled connection inside BEGIN … COMMIT, rolled back if it throws: the raw paths' transactions. */
export async function rawTransaction<T>(raw: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await raw.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
