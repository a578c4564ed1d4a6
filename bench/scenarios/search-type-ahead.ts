// Search type-ahead: eight prefixes and three misspellings over companies and relationships, ranked as the
// domain ranks them. Raw runs the domain's own statement (`searchSql`) on `pg`: it is the best plan we can
// write in SQL (prefixes from the b-tree in index order, trigram branches only when needed and bounded).
import { searchSql, searchSubjects } from '../../packages/c360/src/search/search-subjects.ts';
import { searchKey } from '../../packages/c360/src/search/search-key.ts';
import { log, measure } from '../timing.ts';
import type { Scenario } from './scenario.ts';

const PREFIXES = ['nor', 'sum', 'pacific', 'silver lab', 'granit', 'red', 'horizon wave', 'qua'];
/** No name starts with or contains these: they are found by similarity only. */
const TYPOS = ['pacifc', 'nortwind', 'horizn wave'];

export const searchTypeAhead: Scenario = async ({ domainId, actor, http, prisma, raw, iters }) => {
  const queries = [...PREFIXES, ...TYPOS];
  const rawSearch = (q: string) => {
    const sql = searchSql(domainId, searchKey(q), 20);
    return raw.query(sql.text, sql.values);
  };
  for (const q of ['nor', TYPOS[0]!]) {
    const sanity = (await http('GET', `/api/search?q=${encodeURIComponent(q)}`)) as { items: unknown[] };
    if (sanity.items.length === 0) throw new Error(`search found nothing for "${q}": the seed is not what the bench expects`);
  }
  log('search type-ahead…');
  const searchN = iters(200);
  const query = (i: number) => queries[i % queries.length]!;
  return [
    {
      scenario: `search type-ahead (${PREFIXES.length} prefixes, ${TYPOS.length} typos)`,
      bff: await measure(searchN, 16, (i) => http('GET', `/api/search?q=${encodeURIComponent(query(i))}`)),
      domain: await measure(searchN, 16, (i) => searchSubjects(prisma, { reader: actor, query: query(i) })),
      raw: await measure(searchN, 16, (i) => rawSearch(query(i))),
    },
  ];
};
