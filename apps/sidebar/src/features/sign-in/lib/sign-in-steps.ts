import type { DataCenter, DomainChoice, SalesforceDomainChoice } from '@c360/contracts';

/** The domain the password is for: picked from the lookup's answer, or typed with its data centre. */
export type SignInTarget = { kind: 'chosen'; domain: DomainChoice } | { kind: 'typed'; domainUrl: string; dataCenter: DataCenter };

/** One screen of the sign-in (seed 000, ログイン手順); earlier screens stay on a stack for Back. */
export type SignInStep =
  | { kind: 'start' }
  | { kind: 'username'; username: string }
  | { kind: 'choose-domain'; username: string; domains: DomainChoice[]; domainId?: string }
  | { kind: 'enter-domain'; username: string; domainUrl: string; dataCenter: DataCenter; fieldErrors?: Record<string, string> }
  | { kind: 'password'; username: string; target: SignInTarget }
  | { kind: 'salesforce-domain'; choice: SalesforceDomainChoice };

/** The fields of `POST /api/login` that say which domain to sign in to. */
export function domainFieldsOf(target: SignInTarget): { domainId: string } | { domainUrl: string; dataCenter: DataCenter } {
  return target.kind === 'chosen' ? { domainId: target.domain.id } : { domainUrl: target.domainUrl, dataCenter: target.dataCenter };
}

/** Fields of a typed domain belong to the domain screen, so a mismatch sends the user back there. */
export const DOMAIN_FIELDS = ['domainUrl', 'dataCenter'] as const;

export function hasDomainFieldError(fieldErrors: Record<string, string>): boolean {
  return DOMAIN_FIELDS.some((field) => field in fieldErrors);
}
