import { fullNameOf } from '@c360/contracts';
import {
  CITIES,
  CONTACT_ROLES,
  FIRST_NAMES,
  LAST_NAMES,
  PHONE_PREFIX,
  PRIMARY_ROLES,
  RELATIONSHIP_ROLES,
  SENIOR_TITLES,
  TITLES,
  writtenName,
} from './catalog.ts';
import { addDays } from './clock.ts';
import { COMPANY_CATALOG } from './company-catalog.ts';
import { DEMO_MEETING, NORTHWIND_PEOPLE } from './demo-meeting.ts';
import type { DomainContext, SeededCompany } from './model.ts';
import { rngFor, seedId, type Rng } from './random.ts';
import type { SeedRows } from './seed-rows.ts';

interface Contact {
  firstName: string;
  lastName: string;
  /** The e-mail address's local part, in ASCII. */
  mailbox: string;
  title: string;
  role: string;
  senior: boolean;
}

/** Addresses are ASCII: "de Vries" → "devries", "López" → "lopez". */
function mailbox(firstName: string, lastName: string): string {
  const ascii = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${ascii(firstName)}.${ascii(lastName)}`;
}

function randomContacts(company: SeededCompany, rng: Rng): Contact[] {
  const count = rng.int(3, 8);
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  // Each title once per company: one CEO, one IT director…
  const seniorTitles = rng.shuffle(SENIOR_TITLES[company.language]);
  const titles = rng.shuffle(TITLES[company.language]);
  while (contacts.length < count) {
    const firstName = rng.pick(FIRST_NAMES[company.region]);
    const lastName = rng.pick(LAST_NAMES[company.region]);
    const address = mailbox(firstName, lastName);
    if (seen.has(address)) continue;
    seen.add(address);
    const senior = contacts.length === 0 || (seniorTitles.length > 0 && rng.chance(0.2));
    contacts.push({
      firstName: writtenName(firstName, company.region),
      lastName: writtenName(lastName, company.region),
      mailbox: address,
      title: (senior ? seniorTitles.pop() : titles.pop()) ?? rng.pick(TITLES[company.language]),
      role: contacts.length === 0 ? rng.pick(PRIMARY_ROLES) : rng.pick(CONTACT_ROLES),
      senior,
    });
  }
  return contacts;
}

/** 3–8 people per company (Person + Company Person, the first primary) and some Relationship People. */
export function buildPeople(ctx: DomainContext, rows: SeedRows): void {
  const { domain } = ctx;
  const emailDomains = new Map(COMPANY_CATALOG[domain.key].map((entry) => [entry.name, entry.emailDomain]));
  for (const company of ctx.companies) {
    const rng = rngFor(domain.key, 'people', company.name);
    const emailDomain = emailDomains.get(company.name)!;
    const contacts: Contact[] =
      company.name === DEMO_MEETING.companyName
        ? NORTHWIND_PEOPLE.map((person, index) => ({ ...person, mailbox: mailbox(person.firstName, person.lastName), senior: index === 0 }))
        : randomContacts(company, rng);

    let primaryCompanyPersonId: string | undefined;
    contacts.forEach((contact, index) => {
      const email = `${contact.mailbox}@${emailDomain}`;
      const fullName = fullNameOf(contact);
      const personId = seedId('person', domain.key, email);
      const [location, timezone] = rng.pick(CITIES[company.region]);
      const createdAt = addDays(company.createdAt, rng.int(0, 30));
      rows.person.push({
        id: personId,
        domainId: domain.id,
        firstName: contact.firstName,
        lastName: contact.lastName,
        fullName,
        email,
        phone: `${PHONE_PREFIX[company.region]}${rng.int(100, 999)}`,
        linkedinUrl: rng.chance(0.7) ? `https://www.linkedin.com/in/${contact.mailbox.replace('.', '-')}-${rng.int(1000, 9999)}` : null,
        location,
        timezone,
        createdAt,
        updatedAt: createdAt,
      });
      const companyPersonId = seedId('company-person', domain.key, company.name, email);
      const isPrimary = index === 0;
      rows.companyPerson.push({
        id: companyPersonId,
        domainId: domain.id,
        companyId: company.id,
        personId,
        title: contact.title,
        role: contact.role,
        managerId: !isPrimary && rng.chance(0.5) ? primaryCompanyPersonId! : null,
        isPrimary,
        createdAt,
      });
      if (isPrimary) primaryCompanyPersonId = companyPersonId;
      company.persons.push({ id: personId, fullName, senior: contact.senior });
    });

    for (const relationship of company.relationships) {
      for (const person of rng.sample(company.persons, rng.int(1, 3))) {
        relationship.personIds.push(person.id);
        rows.relationshipPerson.push({
          id: seedId('relationship-person', relationship.id, person.id),
          domainId: domain.id,
          relationshipId: relationship.id,
          personId: person.id,
          role: rng.pick(RELATIONSHIP_ROLES),
          createdAt: addDays(company.createdAt, 60),
        });
      }
    }
  }
}
