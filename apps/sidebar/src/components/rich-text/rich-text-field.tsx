import type { ReactNode } from 'react';
import { Field } from '../ui/field';
import { RichTextEditor } from './rich-text-editor';

interface RichTextFieldProps {
  label: ReactNode;
  html: string;
  /** Changes when `html` was replaced from outside (a merge): only then is the content reset. */
  revision: number;
  onChange: (html: string) => void;
}

/** A labelled rich-text box: the label names the editor's textbox, which is not a form control. */
export function RichTextField({ label, html, revision, onChange }: RichTextFieldProps) {
  return (
    <Field label={label} labelFor="group">
      {({ id }) => <RichTextEditor labelId={`${id}-label`} html={html} revision={revision} onChange={onChange} />}
    </Field>
  );
}
