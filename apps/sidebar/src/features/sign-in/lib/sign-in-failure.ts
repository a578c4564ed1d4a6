import { NETWORK_FAILURE, type ApiError } from '@/lib/api-client';

/** What went wrong with a sign-in request, in the terms the screens show it. */
export type SignInFailure =
  | { kind: 'fields'; fields: Record<string, string> }
  | { kind: 'credentials' }
  | { kind: 'licence' }
  | { kind: 'policy'; policy: 'nobody' | 'selected' }
  | { kind: 'forbidden'; detail: string | undefined }
  | { kind: 'rate-limited'; seconds: number | undefined }
  /** The sign-in waited on (a Salesforce domain choice) is gone: start again. */
  | { kind: 'expired' }
  | { kind: 'network' }
  | { kind: 'unexpected'; detail: string | undefined };

const POLICY_REASONS: Record<string, 'nobody' | 'selected'> = {
  'zoom-app-disabled': 'nobody',
  'zoom-app-not-selected': 'selected',
};

export function signInFailureOf(error: ApiError): SignInFailure {
  const { problem } = error;
  if (error.status === NETWORK_FAILURE) return { kind: 'network' };
  switch (error.code) {
    case 'VALIDATION': {
      const fields = error.fieldErrors();
      return Object.keys(fields).length > 0 ? { kind: 'fields', fields } : { kind: 'unexpected', detail: problem.detail };
    }
    case 'UNAUTHENTICATED':
      return { kind: 'credentials' };
    case 'FORBIDDEN': {
      // The BFF names the refused action (a licence refusal) or the admin policy as extension members.
      if (problem.action === 'signIn') return { kind: 'licence' };
      const policy = typeof problem.reason === 'string' ? POLICY_REASONS[problem.reason] : undefined;
      return policy ? { kind: 'policy', policy } : { kind: 'forbidden', detail: problem.detail };
    }
    case 'CONFLICT':
      return { kind: 'expired' };
    case 'RATE_LIMITED':
      return { kind: 'rate-limited', seconds: error.retryAfterSeconds };
    default:
      return { kind: 'unexpected', detail: problem.detail };
  }
}
