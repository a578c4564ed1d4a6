import { EnvironmentBadge } from '@/components/ui/environment-badge';
import { useSession } from '@/hooks/use-session';

/** In the header while signed in to a sandbox, so its records are not taken for production ones. */
export function SandboxBadge() {
  const environment = useSession().data?.gainsight?.domain.environment;
  return environment === 'SANDBOX' ? <EnvironmentBadge environment={environment} /> : null;
}
