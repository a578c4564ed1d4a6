// Inline SVG rather than image files or data: URIs, which the BFF's CSP would block.
interface IconProps {
  className?: string;
}

export function SearchIcon({ className = 'icon' }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" />
    </svg>
  );
}

export function RefreshIcon({ className = 'icon' }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M20 12a8 8 0 1 1-2.34-5.66" />
      <path d="M20 4v5h-5" />
    </svg>
  );
}

export function MoreIcon({ className = 'icon' }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="5" cy="12" r="1.6" className="icon__dot" />
      <circle cx="12" cy="12" r="1.6" className="icon__dot" />
      <circle cx="19" cy="12" r="1.6" className="icon__dot" />
    </svg>
  );
}

export function ChevronIcon({ className = 'icon', direction }: IconProps & { direction: 'left' | 'right' }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={direction === 'left' ? 'm15 6-6 6 6 6' : 'm9 6 6 6-6 6'} />
    </svg>
  );
}
