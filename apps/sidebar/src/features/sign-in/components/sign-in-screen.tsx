import type { LoginLookupResponse, SalesforceDomainChoice, SessionView } from '@c360/contracts';
import { useState } from 'react';
import { startSalesforceSignIn } from '../api/start-salesforce-sign-in';
import type { SignInStep } from '../lib/sign-in-steps';
import { ChooseDomainStep } from './choose-domain-step';
import { EnterDomainStep } from './enter-domain-step';
import { PasswordStep } from './password-step';
import { SalesforceDomainStep } from './salesforce-domain-step';
import { StartStep } from './start-step';
import { UsernameStep } from './username-step';

interface SignInScreenProps {
  /** False on the page's first screen, so opening the app does not move focus into it. */
  autoFocus: boolean;
  refusedReason: string | undefined;
  /** A "Sign in with Salesforce" that came back with several domains for the user's e-mail. */
  salesforceChoice: SalesforceDomainChoice | undefined;
  onSignedIn: (view: SessionView) => void;
}

function stepAfterLookup(username: string, lookup: LoginLookupResponse): SignInStep {
  switch (lookup.next) {
    case 'password':
      return { kind: 'password', username, target: { kind: 'chosen', domain: lookup.domains[0]! } };
    case 'choose-domain':
      return { kind: 'choose-domain', username, domains: lookup.domains };
    case 'enter-domain':
      return { kind: 'enter-domain', username, domainUrl: '', dataCenter: 'US1' };
    // The domain step's look-up: the typed domain fits its data centre.
    case 'password-typed-domain':
      return { kind: 'password', username, target: { kind: 'typed', domainUrl: lookup.host, dataCenter: lookup.dataCenter } };
  }
}

/** The sign-in steps of seed 000; Back returns to the previous step with what was entered there. */
export function SignInScreen({ autoFocus, refusedReason, salesforceChoice, onSignedIn }: SignInScreenProps) {
  const [steps, setSteps] = useState<SignInStep[]>(() =>
    salesforceChoice ? [{ kind: 'start' }, { kind: 'salesforce-domain', choice: salesforceChoice }] : [{ kind: 'start' }],
  );
  const step = steps[steps.length - 1]!;
  const push = (next: SignInStep) => setSteps((current) => [...current, next]);
  const back = () => setSteps((current) => (current.length > 1 ? current.slice(0, -1) : current));
  // Keeps what the user entered on the screen they leave, for when they come back to it.
  const replaceAndPush = (updated: SignInStep, next: SignInStep) => setSteps((current) => [...current.slice(0, -1), updated, next]);

  switch (step.kind) {
    case 'start':
      return (
        <StartStep
          autoFocus={autoFocus || steps.length > 1}
          refusedReason={refusedReason}
          onStart={() => push({ kind: 'username', username: '' })}
          onSalesforce={startSalesforceSignIn}
        />
      );
    case 'username':
      return (
        <UsernameStep
          key={steps.length}
          initialUsername={step.username}
          onBack={back}
          onNext={(username, lookup) => replaceAndPush({ ...step, username }, stepAfterLookup(username, lookup))}
        />
      );
    case 'choose-domain':
      return (
        <ChooseDomainStep
          username={step.username}
          domains={step.domains}
          initialDomainId={step.domainId}
          onBack={back}
          onNext={(domain) =>
            replaceAndPush({ ...step, domainId: domain.id }, { kind: 'password', username: step.username, target: { kind: 'chosen', domain } })
          }
        />
      );
    case 'enter-domain':
      return (
        <EnterDomainStep
          key={JSON.stringify(step.fieldErrors ?? {})}
          username={step.username}
          domainUrl={step.domainUrl}
          dataCenter={step.dataCenter}
          fieldErrors={step.fieldErrors}
          onBack={back}
          onNext={(domainUrl, dataCenter, lookup) =>
            replaceAndPush({ ...step, domainUrl, dataCenter, fieldErrors: undefined }, stepAfterLookup(step.username, lookup))
          }
        />
      );
    case 'salesforce-domain':
      return <SalesforceDomainStep choice={step.choice} onBack={back} onSignedIn={onSignedIn} />;
    case 'password':
      return (
        <PasswordStep
          username={step.username}
          target={step.target}
          onBack={back}
          onSignedIn={onSignedIn}
          onDomainRejected={(fieldErrors) =>
            setSteps((current) => {
              const previous = current[current.length - 2];
              return previous?.kind === 'enter-domain' ? [...current.slice(0, -2), { ...previous, fieldErrors }] : current;
            })
          }
        />
      );
  }
}
