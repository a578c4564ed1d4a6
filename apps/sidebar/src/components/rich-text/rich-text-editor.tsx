import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextIndex } from '@/lib/roving-focus';
import { appendSafeNodes, parseNotes } from './notes-dom';
import { serializeSafeNodes, toSafeNodes } from './safe-notes';
import './rich-text.css';

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

const TOOLS = [
  { command: 'bold', label: 'bold', glyph: 'B', keys: 'Control+B' },
  { command: 'italic', label: 'italic', glyph: 'I', keys: 'Control+I' },
  { command: 'insertUnorderedList', label: 'bulletList', glyph: '•', keys: 'Control+Shift+8' },
  { command: 'insertOrderedList', label: 'numberedList', glyph: '1.', keys: 'Control+Shift+7' },
] as const;

const SHORTCUTS: Record<string, Command> = { KeyB: 'bold', KeyI: 'italic', 'shift+Digit8': 'insertUnorderedList', 'shift+Digit7': 'insertOrderedList' };

interface RichTextEditorProps {
  labelId: string;
  html: string;
  /** Changes when `html` was replaced from outside (a merge): only then is the content reset. */
  revision: number;
  onChange: (html: string) => void;
}

/**
 * Notes as rich text: a labelled contentEditable textbox with a toolbar (arrow keys move between its
 * buttons) and the usual shortcuts. The browser's editing commands keep undo; the output is reduced to
 * the allowlist before it leaves the editor.
 */
export function RichTextEditor({ labelId, html, revision, onChange }: RichTextEditorProps) {
  const { t } = useTranslation();
  const editable = useRef<HTMLDivElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusedTool, setFocusedTool] = useState(0);
  const [active, setActive] = useState<Record<string, boolean>>({});
  const latestHtml = useRef(html);
  useLayoutEffect(() => {
    latestHtml.current = html;
  });

  // Written into the DOM only on open and after a merge: re-rendering on each keystroke would move the caret.
  useLayoutEffect(() => {
    const element = editable.current;
    if (!element) return;
    element.replaceChildren();
    appendSafeNodes(element, parseNotes(latestHtml.current));
  }, [revision]);

  useEffect(() => {
    const refresh = () => {
      if (!editable.current?.contains(document.getSelection()?.anchorNode ?? null)) return;
      setActive(Object.fromEntries(TOOLS.map(({ command }) => [command, document.queryCommandState(command)])));
    };
    document.addEventListener('selectionchange', refresh);
    return () => document.removeEventListener('selectionchange', refresh);
  }, []);

  const emit = () => {
    if (editable.current) onChange(serializeSafeNodes(toSafeNodes(editable.current.childNodes)));
  };

  const run = (command: Command) => {
    editable.current?.focus();
    document.execCommand(command);
    emit();
  };

  const onEditableKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const command = SHORTCUTS[event.shiftKey ? `shift+${event.code}` : event.code];
    if (!command) return;
    event.preventDefault();
    run(command);
  };

  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextIndex(event.key, focusedTool, TOOLS.length, 'horizontal');
    if (next === undefined) return;
    event.preventDefault();
    setFocusedTool(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="rich-text">
      <div
        role="toolbar"
        aria-label={t('timeline.editor.toolbar')}
        aria-controls={`${labelId}-box`}
        className="rich-text__toolbar"
        onKeyDown={onToolbarKeyDown}
      >
        {TOOLS.map(({ command, label, glyph, keys }, index) => (
          <button
            key={command}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`rich-text__tool rich-text__tool--${label}`}
            aria-label={t(`timeline.editor.${label}`)}
            aria-pressed={active[command] ?? false}
            aria-keyshortcuts={keys}
            title={`${t(`timeline.editor.${label}`)} (${keys.replace('Control', 'Ctrl')})`}
            tabIndex={index === focusedTool ? 0 : -1}
            // Keeps the text selection, which a click on a button would otherwise take away.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command)}
          >
            <span aria-hidden="true">{glyph}</span>
          </button>
        ))}
      </div>
      <div
        ref={editable}
        id={`${labelId}-box`}
        className="rich-text__box"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        contentEditable
        suppressContentEditableWarning
        onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
        onInput={emit}
        onKeyDown={onEditableKeyDown}
      />
    </div>
  );
}
