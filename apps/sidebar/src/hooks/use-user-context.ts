import { useQuery } from '@tanstack/react-query';
import { getUserContext } from '../lib/zoom-sdk';

/** The user's screen name and role in this meeting, from the Zoom client. */
export const useUserContext = (inZoom: boolean) =>
  useQuery({ queryKey: ['zoom', 'user-context'], queryFn: getUserContext, enabled: inZoom, staleTime: 60_000, retry: false });
