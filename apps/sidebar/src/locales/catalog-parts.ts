// How vite.config.ts splits a message catalog in two (`?catalog=first` and `?catalog=later`), apart from the
// build so that the split can be tested: the first screen loads only the first part (issue 16's budget).

/**
 * The sections that only lazy tabs and ⋯ screens read (they wait for them, see withCompleteCatalog in
 * src/lib/i18n.ts). A section's listed keys are read on the first screen (a tab's or a menu item's name) and stay
 * in its first part.
 */
export const LATER_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  people: [],
  scorecard: [],
  attributes: [],
  insights: [],
  admin: [],
  licences: [],
  ctas: ['tab'],
  reports: ['menu'],
  recordings: ['toggle', 'loading'],
  live: ['title', 'on', 'off'],
};

export type CatalogPart = 'first' | 'later';
type Catalog = Record<string, unknown>;

const pick = (section: unknown, keep: (key: string) => boolean): Catalog => Object.fromEntries(Object.entries(section as Catalog).filter(([key]) => keep(key)));

/** A catalog's part: its sections (or keys of a section) that load before, or after, the first render. */
export function catalogPart(catalog: Catalog, part: CatalogPart): Catalog {
  const parts: Catalog = {};
  for (const [section, messages] of Object.entries(catalog)) {
    const firstKeys = LATER_SECTIONS[section];
    const inPart = !firstKeys
      ? part === 'first' && messages
      : firstKeys.length === 0
        ? part === 'later' && messages
        : pick(messages, (key) => firstKeys.includes(key) === (part === 'first'));
    if (inPart) parts[section] = inPart;
  }
  return parts;
}
