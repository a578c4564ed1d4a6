/**
 * RTMS numbers a transcript's language (the notes: 9 English, 20 Japanese); the contract carries BCP 47.
 * Only the languages the product serves are named; any other code is 'und' (undetermined), never a guess.
 */
const LANGUAGE_OF_RTMS_CODE: ReadonlyMap<number, string> = new Map([
  [9, 'en'],
  [20, 'ja'],
]);

export const languageOfRtmsCode = (code: number): string => LANGUAGE_OF_RTMS_CODE.get(code) ?? 'und';
