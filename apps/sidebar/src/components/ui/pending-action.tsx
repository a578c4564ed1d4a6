interface PendingActionProps {
  label: string;
  /** Said instead while the write is on its way. */
  pendingLabel: string;
  pending: boolean;
  primary?: boolean;
  /** A form's submit when not given. */
  onClick?: () => void;
}

/**
 * One action of a write: while the write is on its way the button says so and does nothing (aria-disabled,
 * so it keeps focus and stays announced).
 */
export function PendingAction({ label, pendingLabel, pending, primary = false, onClick }: PendingActionProps) {
  return (
    <div className="actions">
      <button
        type={onClick ? 'button' : 'submit'}
        className={primary ? 'button button--primary' : 'button'}
        aria-disabled={pending || undefined}
        onClick={onClick && (() => !pending && onClick())}
      >
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
