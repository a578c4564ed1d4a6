import { useId, type ReactNode } from 'react';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import './activity-editor.css';

interface EditorFrameProps {
  title: string;
  className?: string;
  /** Between the title and the form: what the activity is for, a conflict to resolve. */
  intro: ReactNode;
  /** Enter in a field, or the primary button. */
  onSubmit: () => void;
  /** The form's fields and actions. */
  children: ReactNode;
  /** After the form: what is not part of it (follow-ups with their own form). */
  footer?: ReactNode;
}

/** An activity's editor (timeline) or after-call panel: a section whose title takes focus, and its form. */
export function EditorFrame({ title, className, intro, onSubmit, children, footer }: EditorFrameProps) {
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className={`panel editor${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h3 id={id} ref={heading} tabIndex={-1} className="editor__title">
        {title}
      </h3>
      {intro}
      <form
        className="editor__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
      {footer}
    </section>
  );
}
