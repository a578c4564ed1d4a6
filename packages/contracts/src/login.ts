import { z } from 'zod';
import { text } from './text.ts';
import { dataCenterSchema } from './data-centers.ts';
import { licenceSchema, permissionsSchema } from './permissions.ts';

const username = text().trim().min(1, 'Enter your user name.').max(254).toLowerCase();
const domainUrl = text().trim().min(1, 'Enter your Gainsight domain.').max(253);

/** A domain typed as a URL comes with its data centre: each one missing is named. */
function requireTypedDomain(value: { domainUrl?: string | undefined; dataCenter?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.domainUrl === undefined) ctx.addIssue({ code: 'custom', path: ['domainUrl'], message: 'Enter your Gainsight domain.' });
  if (value.dataCenter === undefined) ctx.addIssue({ code: 'custom', path: ['dataCenter'], message: 'Choose a data centre.' });
}

/**
 * `POST /api/login/lookup`: the user name; on the domain step also the typed domain and data centre, so a
 * mismatch between them is told there, before the password.
 */
export const loginLookupRequestSchema = z
  .object({ username, domainUrl: domainUrl.optional(), dataCenter: dataCenterSchema.optional() })
  .superRefine((value, ctx) => {
    if (value.domainUrl !== undefined || value.dataCenter !== undefined) requireTypedDomain(value, ctx);
  });
export type LoginLookupRequest = z.infer<typeof loginLookupRequestSchema>;

export const domainChoiceSchema = z.object({
  id: z.uuid(),
  host: z.string(),
  environment: z.enum(['PRODUCTION', 'SANDBOX']),
  name: z.string(),
});
export type DomainChoice = z.infer<typeof domainChoiceSchema>;

/** SPEC §3: where the sign-in goes next. An unknown user name gets exactly the several-domains answer. */
export const loginLookupResponseSchema = z.discriminatedUnion('next', [
  z.object({ next: z.literal('password'), domains: z.array(domainChoiceSchema).length(1) }),
  z.object({ next: z.literal('choose-domain'), domains: z.array(domainChoiceSchema).min(2) }),
  z.object({ next: z.literal('enter-domain') }),
  /**
   * The typed domain fits its data centre: the password follows. Whether the user is in that domain is not
   * said (the sign-in's one generic 401), so a look-up still cannot probe user names.
   */
  z.object({ next: z.literal('password-typed-domain'), host: z.string(), dataCenter: dataCenterSchema }),
]);
export type LoginLookupResponse = z.infer<typeof loginLookupResponseSchema>;

/** `POST /api/login`: a domain by id (from the lookup) or typed as a URL with its data centre. */
export const loginRequestSchema = z
  .object({
    username,
    password: text().min(1, 'Enter your password.').max(1024),
    domainId: z.uuid().optional(),
    domainUrl: domainUrl.optional(),
    dataCenter: dataCenterSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.domainId === undefined) requireTypedDomain(value, ctx);
  });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The Gainsight half of `GET /api/session`. */
export const gainsightSessionSchema = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string(),
    licence: licenceSchema,
    isAdmin: z.boolean(),
  }),
  domain: z.object({
    id: z.uuid(),
    host: z.string(),
    name: z.string(),
    environment: z.enum(['PRODUCTION', 'SANDBOX']),
    dataCenter: dataCenterSchema,
    new360: z.boolean(),
  }),
  permissions: permissionsSchema,
});
export type GainsightSession = z.infer<typeof gainsightSessionSchema>;

/** Where this deployment's privacy policy, terms of use and support are (BFF configuration). */
export const legalLinksSchema = z.object({ privacy: z.url(), terms: z.url(), support: z.url() });
export type LegalLinks = z.infer<typeof legalLinksSchema>;

/**
 * `GET /api/login/methods`: the ways to sign in this deployment offers besides the Gainsight password, and
 * the links shown with the sign-in (and in the ⋯ menu).
 */
export const loginMethodsSchema = z.object({ salesforce: z.boolean(), links: legalLinksSchema });
export type LoginMethods = z.infer<typeof loginMethodsSchema>;
