import { z } from 'zod';
import { text } from './text.ts';
import { licenceSchema, permissionsSchema } from './permissions.ts';

export const DATA_CENTERS = ['US1', 'US2', 'EU'] as const;
export const dataCenterSchema = z.enum(DATA_CENTERS);
export type DataCenter = z.infer<typeof dataCenterSchema>;

const username = text().trim().min(1, 'Enter your user name.').max(254).toLowerCase();

/** `POST /api/login/lookup`. */
export const loginLookupRequestSchema = z.object({ username });
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
]);
export type LoginLookupResponse = z.infer<typeof loginLookupResponseSchema>;

/** `POST /api/login`: a domain by id (from the lookup) or typed as a URL with its data centre. */
export const loginRequestSchema = z
  .object({
    username,
    password: text().min(1, 'Enter your password.').max(1024),
    domainId: z.uuid().optional(),
    domainUrl: text().trim().min(1, 'Enter your Gainsight domain.').max(253).optional(),
    dataCenter: dataCenterSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.domainId !== undefined) return;
    if (value.domainUrl === undefined) ctx.addIssue({ code: 'custom', path: ['domainUrl'], message: 'Enter your Gainsight domain.' });
    if (value.dataCenter === undefined) ctx.addIssue({ code: 'custom', path: ['dataCenter'], message: 'Choose a data centre.' });
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

/** `GET /api/login/methods`: the ways to sign in this deployment offers besides the Gainsight password. */
export const loginMethodsSchema = z.object({ salesforce: z.boolean() });
export type LoginMethods = z.infer<typeof loginMethodsSchema>;
