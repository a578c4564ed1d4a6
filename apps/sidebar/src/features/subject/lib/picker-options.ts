import type { MeetingSubject, MeetingView, SearchItem } from '@c360/contracts';

export interface PickerOption {
  item: SearchItem;
  /** The meeting's suggested company: most attendees' e-mail domain is its. */
  suggested: boolean;
}

export type SuggestedCompany = NonNullable<MeetingView['suggestedCompany']>;

const matches = (name: string, query: string) => name.toLocaleLowerCase().includes(query.toLocaleLowerCase());

/**
 * What the picker lists: the meeting's suggested company first (before anything is typed, or when its name
 * matches what is), then the search results without it.
 */
export function pickerOptions(suggested: SuggestedCompany | null, query: string, results: readonly SearchItem[]): PickerOption[] {
  const trimmed = query.trim();
  const top: PickerOption[] =
    suggested && (trimmed === '' || matches(suggested.name, trimmed))
      ? [{ item: { kind: 'company', id: suggested.id, name: suggested.name }, suggested: true }]
      : [];
  const rest = results
    .filter((item) => !top.some(({ item: shown }) => shown.kind === item.kind && shown.id === item.id))
    .map((item) => ({ item, suggested: false }));
  return [...top, ...rest];
}

export const optionKey = ({ item }: PickerOption) => `${item.kind}:${item.id}`;

/** The choice as the meeting stores and shows it. */
export function subjectOf(item: SearchItem): MeetingSubject {
  if (item.kind === 'company') return { kind: 'company', id: item.id, name: item.name };
  return {
    kind: 'relationship',
    id: item.id,
    name: item.name,
    ...(item.companyId ? { companyId: item.companyId } : {}),
    ...(item.companyName ? { companyName: item.companyName } : {}),
  };
}
