type Catalog = { readonly [key: string]: string | Catalog };

/** Every message of a catalog by its dotted key ("picker.label"), for the tests that read all of them. */
export function catalogMessages(catalog: Catalog, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') messages.set(path, value);
    else for (const [k, v] of catalogMessages(value, path)) messages.set(k, v);
  }
  return messages;
}
