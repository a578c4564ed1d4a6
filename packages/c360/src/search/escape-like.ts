/** Escapes LIKE/ILIKE wildcards (backslash is PostgreSQL's default escape character). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
