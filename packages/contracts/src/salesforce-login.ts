import { z } from 'zod';
import { domainChoiceSchema } from './login.ts';

/** A Salesforce sign-in whose e-mail belongs to users in several domains, waiting for the user's choice. */
export const salesforceDomainChoiceSchema = z.object({
  /** The e-mail the identity provider vouched for. */
  email: z.string(),
  domains: z.array(domainChoiceSchema).min(2),
});
export type SalesforceDomainChoice = z.infer<typeof salesforceDomainChoiceSchema>;

/** `POST /api/login/salesforce`: completes that sign-in in one of the offered domains. */
export const salesforceLoginRequestSchema = z.object({ domainId: z.uuid() });
export type SalesforceLoginRequest = z.infer<typeof salesforceLoginRequestSchema>;
