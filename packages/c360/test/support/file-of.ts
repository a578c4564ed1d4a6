/** A file's text as an upload's body arrives: a stream of bytes. */
export async function* fileOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}
