import { SEARCH_MIN_LENGTH, searchQuerySchema, type SearchItem, type SubjectKind } from '@c360/contracts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { escapeLike } from './escape-like.ts';
import { searchKey } from './search-key.ts';

/** Matching inside a name and by similarity works on trigrams: shorter keys only match names that start with them. */
const TRIGRAM_MIN_LENGTH = 3;
/** How many rows containing or resembling the query are ranked at most (see `searchSql`). */
const SAMPLE_SIZE = 200;

interface Hit {
  kind: SubjectKind;
  id: string;
  name: string;
  companyId: string | null;
  companyName: string | null;
  typeName: string | null;
}

/**
 * Companies and relationships of one domain whose name matches the query, best first: the name itself, then
 * names that start with it (alphabetically), then names with a word that starts with it, then names that
 * contain it (by trigram similarity); only when nothing starts with or contains it, names with words that
 * look like it (typos, `strict_word_similarity`). Case and Latin accents do not matter (`searchKey`).
 * A query shorter than `SEARCH_MIN_LENGTH` finds nothing; containing and typos need three characters.
 *
 * Each step runs only when the steps before it left room (PostgreSQL skips a branch whose one-time filter
 * is false) and reads a bounded number of rows: names that start with the query come from the
 * `text_pattern_ops` b-tree in index order (at most `limit` per table), so the usual type-ahead never
 * touches the trigram index; the trigram steps rank at most SAMPLE_SIZE rows per table.
 * For any licence that views Customer 360; the check comes before the query is read.
 */
export async function searchSubjects(
  prisma: PrismaClient,
  { reader, query, limit = 20 }: { reader: Actor; query: unknown; limit?: number },
): Promise<SearchItem[]> {
  assertCan(reader, 'viewC360');
  const { q } = parseInput(searchQuerySchema, { q: query });
  const key = searchKey(q);
  if ([...key].length < SEARCH_MIN_LENGTH) return [];
  const hits = await prisma.$queryRaw<Hit[]>(searchSql(reader.domainId, key, limit));
  return hits.map(({ kind, id, name, companyId, companyName, typeName }) =>
    kind === 'company' ? { kind, id, name } : { kind, id, name, companyId: companyId!, companyName: companyName!, typeName: typeName! },
  );
}

/**
 * The search as one statement (exported for the bench, which compares the BFF with it). Every branch orders
 * its rows as the result is ordered — rank, score, folded name in byte order (the order of `~<~` and of the
 * b-tree), id — so the rows a branch keeps are the ones the result wants.
 */
export function searchSql(domainId: string, key: string, limit: number): Prisma.Sql {
  const trigrams = [...key].length >= TRIGRAM_MIN_LENGTH;
  const starts = `${escapeLike(key)}%`;
  const wordStarts = `% ${escapeLike(key)}%`;
  const contains = `%${escapeLike(key)}%`;
  const tables = [
    { table: Prisma.raw('"Company"'), kind: 'company', related: Prisma.sql`NULL::uuid AS "companyId", NULL::uuid AS "typeId"` },
    { table: Prisma.raw('"Relationship"'), kind: 'relationship', related: Prisma.sql`x."companyId", x."typeId"` },
  ] as const;
  type Table = (typeof tables)[number];
  /** The branch of each table: the rows `from` it gives (as `x`), ranked and scored, the best `limit`. */
  const branches = (rank: Prisma.Sql, score: Prisma.Sql, from: (table: Table['table']) => Prisma.Sql, order: Prisma.Sql) =>
    Prisma.join(
      tables.map(
        ({ table, kind, related }) => Prisma.sql`(
          SELECT ${rank} AS rank, (${score})::real AS score, ${kind} AS kind, x.id, x.name, ${related}, x."searchName" AS folded
          FROM ${from(table)} x
          ORDER BY ${order}x."searchName" USING ~<~, x.id LIMIT ${limit})`,
      ),
      ' UNION ALL ',
    );
  // At most SAMPLE_SIZE rows containing or resembling the query are ranked: when more match, the query
  // picks too little to be worth ranking them all, the user types on, and the cost stays bounded.
  const sample = (table: Table['table'], when: Prisma.Sql, matches: Prisma.Sql) =>
    Prisma.sql`(SELECT * FROM ${table} WHERE ${trigrams} AND ${when} AND "domainId" = ${domainId}::uuid AND ${matches} LIMIT ${SAMPLE_SIZE})`;
  const wordStart = Prisma.sql`x."searchName" LIKE ${wordStarts}`;
  return Prisma.sql`
    WITH by_prefix AS (${branches(
      Prisma.sql`0`,
      Prisma.sql`0`,
      (table) => Prisma.sql`(SELECT * FROM ${table} WHERE "domainId" = ${domainId}::uuid AND "searchName" LIKE ${starts})`,
      Prisma.empty,
    )}),
    by_substring AS (${branches(
      Prisma.sql`CASE WHEN ${wordStart} THEN 1 ELSE 2 END`,
      Prisma.sql`CASE WHEN ${wordStart} THEN 0 ELSE similarity(x."searchName", ${key}) END`,
      (table) =>
        sample(table, Prisma.sql`(SELECT count(*) FROM by_prefix) < ${limit}`, Prisma.sql`"searchName" LIKE ${contains} AND "searchName" NOT LIKE ${starts}`),
      Prisma.sql`1, 2 DESC, `,
    )}),
    by_resemblance AS (${branches(
      Prisma.sql`2`,
      Prisma.sql`strict_word_similarity(${key}, x."searchName")`,
      (table) => sample(table, Prisma.sql`NOT EXISTS (SELECT FROM by_prefix) AND NOT EXISTS (SELECT FROM by_substring)`, Prisma.sql`${key} <<% "searchName"`),
      Prisma.sql`2 DESC, `,
    )}),
    hits AS (
      SELECT * FROM (SELECT * FROM by_prefix UNION ALL SELECT * FROM by_substring UNION ALL SELECT * FROM by_resemblance) found
      ORDER BY rank, score DESC, folded COLLATE "C", id LIMIT ${limit}
    )
    SELECT h.kind, h.id, h.name, h."companyId", c.name AS "companyName", t.name AS "typeName"
    FROM hits h
    LEFT JOIN "Company" c ON c.id = h."companyId"
    LEFT JOIN "RelationshipType" t ON t.id = h."typeId"
    ORDER BY h.rank, h.score DESC, h.folded COLLATE "C", h.id`;
}
