import { useQuery } from '@tanstack/react-query';
import { initZoom } from '../lib/zoom-sdk';

/** Whether the app runs inside a Zoom client; the SDK is configured once per page. */
export const useZoomStatus = () => useQuery({ queryKey: ['zoom', 'status'], queryFn: initZoom, staleTime: Infinity, gcTime: Infinity, retry: false });
