import { isWrittenInJapanese } from '@c360/contracts';

/**
 * A Zoom display name as first and last name, for the form to pre-fill: the last word is the last name
 * ("Mary Ann Lee" → "Mary Ann" / "Lee"), the first word in a Japanese name ("田中 宏" → "宏" / "田中"); a single
 * word is a first name. The user corrects the rest.
 */
export function splitName(displayName: string): { firstName: string; lastName: string } {
  const words = displayName
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  if (isWrittenInJapanese(displayName)) return { firstName: words.slice(1).join(' '), lastName: words[0]! };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! };
}
