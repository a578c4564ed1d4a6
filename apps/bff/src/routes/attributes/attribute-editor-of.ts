import type { AttributeEditor, SignedIn } from '@c360/c360';

/** The signed-in user as the attribute functions take them. */
export const editorOf = ({ user, domain }: SignedIn): AttributeEditor => ({ id: user.id, domainId: domain.id, licence: user.licence, isAdmin: user.isAdmin });
