import { z } from 'zod';
import { domainKeySchema, type DomainKey } from './domains.ts';
import companies from './data/companies.json' with { type: 'json' };

const regionSchema = z.enum(['na', 'uk', 'eu', 'jp', 'apac']);

/** Where a customer sits: picks people's names, cities, time zones and the language of its records. */
export type Region = z.infer<typeof regionSchema>;

export interface CompanyEntry {
  name: string;
  emailDomain: string;
  industry: string;
  region: Region;
}

// data/companies.json: one row a customer, [name, e-mail domain, industry, region (default na)].
// "Northwind Traders" must stay in acme: the sandbox Zoom client's meeting is with its people (demo-meeting.ts).
const rowsSchema = z.array(z.tuple([z.string(), z.string(), z.string(), regionSchema.optional()]));
const catalog = z.record(domainKeySchema.exclude(['globex-sandbox']), rowsSchema).parse(companies);

function entries(rows: z.infer<typeof rowsSchema>): CompanyEntry[] {
  return rows.map(([name, emailDomain, industry, region]) => ({ name, emailDomain, industry, region: region ?? 'na' }));
}

const GLOBEX = entries(catalog.globex);

/** The customers of each demo domain. The sandbox holds a copy of a few production customers, as sandboxes do. */
export const COMPANY_CATALOG: Record<DomainKey, CompanyEntry[]> = {
  acme: entries(catalog.acme),
  globex: GLOBEX,
  'globex-sandbox': GLOBEX.slice(0, 8),
  initech: entries(catalog.initech),
  umbrella: entries(catalog.umbrella),
};
