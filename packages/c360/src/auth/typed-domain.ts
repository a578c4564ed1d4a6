import { domainHostOf, HOST_EXAMPLES, hostMatchesDataCenter, type DataCenter } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';

/**
 * The host of a domain typed as a URL, which must have its data centre's host pattern: a mismatch is the
 * user's typo, named on `domainUrl`. Checked by the look-up (so the domain step tells it) and by the sign-in.
 */
export function typedDomainHost(domainUrl: string, dataCenter: DataCenter): string {
  const host = domainHostOf(domainUrl);
  if (host && hostMatchesDataCenter(host, dataCenter)) return host;
  throw new AppError('VALIDATION', 'The domain does not match the data centre.', {
    errors: [
      {
        path: 'domainUrl',
        message: `${host ?? domainUrl} is not a ${dataCenter} domain: ${dataCenter} domains look like ${HOST_EXAMPLES[dataCenter]}.`,
      },
    ],
  });
}
