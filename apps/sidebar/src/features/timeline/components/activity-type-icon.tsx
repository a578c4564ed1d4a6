import type { ActivityType } from '@c360/contracts';

// Inline SVG: the BFF's CSP blocks data: URIs, and one path per type keeps it tiny.
const PATHS: Record<ActivityType, string> = {
  MEETING: 'M4 7h11v10H4zM15 10l5-3v10l-5-3',
  CALL: 'M6 3h3l2 5-2 1a11 11 0 0 0 5 5l1-2 5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z',
  EMAIL: 'M3 6h18v12H3zM3 6l9 7 9-7',
  UPDATE: 'M5 4h10l4 4v12H5zM8 12h8M8 16h6',
  MILESTONE: 'M6 21V4M6 4h11l-2 4 2 4H6',
};

export function ActivityTypeIcon({ type }: { type: ActivityType }) {
  return (
    <svg className="activity__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[type]} />
    </svg>
  );
}
