import { useId, type ReactNode } from 'react';
import { useFocusOnMount } from './use-focus-on-mount';
import './screen.css';

interface ScreenProps {
  title: ReactNode;
  /** Beside the title (Close). */
  action?: ReactNode;
  /** Moves focus to the title when the screen appears (not on the page's first screen). */
  autoFocus?: boolean;
  className?: string;
  children: ReactNode;
}

/** A screen in place of the tabs: a section named by its title, padded, scrolling on its own. */
export function Screen({ title, action, autoFocus = true, className, children }: ScreenProps) {
  const headingId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>(autoFocus);
  const titleElement = (
    <h2 id={headingId} ref={heading} tabIndex={-1} className="screen-title">
      {title}
    </h2>
  );
  return (
    <section className={`screen screen--page${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      {action ? (
        <div className="screen__top">
          {titleElement}
          {action}
        </div>
      ) : (
        titleElement
      )}
      {children}
    </section>
  );
}
