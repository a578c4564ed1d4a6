import { useSession } from '@/hooks/use-session';

/** Who the user is and whether their licence lets them create, close and reopen CTAs. */
export function useCtaPermission() {
  const gainsight = useSession().data?.gainsight;
  return { me: gainsight?.user ?? null, canManage: gainsight?.permissions.manageCtas?.allowed === true };
}
