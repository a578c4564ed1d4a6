/** The list with `key` moved to `index` (or inserted there when absent); the order of the rest is kept. */
export function moveKey(keys: readonly string[], key: string, index: number): string[] {
  const rest = keys.filter((other) => other !== key);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), key, ...rest.slice(at)];
}
