import type { Licence } from '@c360/contracts';
import type { SignedIn } from '../auth/sign-in.ts';

/**
 * The signed-in user acting on the store, always within their own domain: the one shape every domain
 * function that checks permissions or scopes by domain takes.
 */
export interface Actor {
  id: string;
  domainId: string;
  licence: Licence;
  isAdmin: boolean;
}

/** The actor of a signed-in session; the BFF builds it once per request. */
export const actorOfSignedIn = ({ user, domain }: SignedIn): Actor => ({ id: user.id, domainId: domain.id, licence: user.licence, isAdmin: user.isAdmin });
