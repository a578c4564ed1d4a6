/** A button on a toast, e.g. "Undo": pressing it runs `onAction` and dismisses the toast. */
export interface ToastAction {
  label: string;
  onAction: () => void;
}

export interface ToastInput {
  message: string;
  action?: ToastAction;
  /** A toast of the same key is replaced in place (e.g. "waiting to send" becoming "saved"). */
  key?: string;
  /** Stays until dismissed or replaced: for a state that lasts ("waiting to send"), not an event. */
  persistent?: boolean;
  tone?: 'info' | 'error';
}

export interface Toast extends ToastInput {
  id: number;
}

/** Long enough to read a line; one with an action stays longer, to reach its button. */
export const TOAST_DURATION_MS = 5_000;
export const TOAST_ACTION_DURATION_MS = 8_000;
/** The panel is 360 px wide: more than this would cover the content. The oldest goes first. */
export const MAX_TOASTS = 3;

interface Countdown {
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Time left when paused, or the time it was started with. */
  remaining: number;
  startedAt: number;
}

const durationOf = (toast: ToastInput) => (toast.action ? TOAST_ACTION_DURATION_MS : TOAST_DURATION_MS);

/**
 * The toasts on screen and their countdowns: each dismisses itself after a few seconds unless it is
 * persistent, and every countdown pauses while the user's pointer or focus is on the toasts (so "Undo" can
 * be read and reached). Plain TypeScript, so the rules are tested without a browser.
 */
export class ToastStore {
  private toasts: readonly Toast[] = [];
  private readonly countdowns = new Map<number, Countdown>();
  private readonly listeners = new Set<() => void>();
  private paused = false;
  private nextId = 1;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Toast[] => this.toasts;

  /** Shows a toast (or replaces the one of the same key, keeping its place) and answers its id. */
  show = (input: ToastInput): number => {
    const existing = input.key === undefined ? undefined : this.toasts.find((toast) => toast.key === input.key);
    const toast: Toast = { ...input, id: existing?.id ?? this.nextId++ };
    this.stopCountdown(toast.id);
    const shown = existing ? this.toasts.map((item) => (item.id === toast.id ? toast : item)) : [...this.toasts, toast];
    const dropped = shown.slice(0, Math.max(0, shown.length - MAX_TOASTS));
    for (const old of dropped) this.stopCountdown(old.id);
    this.set(shown.slice(dropped.length));
    if (!toast.persistent) this.startCountdown(toast.id, durationOf(toast));
    return toast.id;
  };

  dismiss = (id: number): void => {
    this.stopCountdown(id);
    if (this.toasts.some((toast) => toast.id === id)) this.set(this.toasts.filter((toast) => toast.id !== id));
  };

  /** Dismisses the toast of this key, if one shows. */
  dismissKey = (key: string): void => {
    const toast = this.toasts.find((item) => item.key === key);
    if (toast) this.dismiss(toast.id);
  };

  /** Runs the toast's action once and dismisses it. */
  act = (id: number): void => {
    const toast = this.toasts.find((item) => item.id === id);
    this.dismiss(id);
    toast?.action?.onAction();
  };

  pause = (): void => {
    if (this.paused) return;
    this.paused = true;
    for (const countdown of this.countdowns.values()) {
      clearTimeout(countdown.timer);
      countdown.timer = undefined;
      countdown.remaining = Math.max(0, countdown.remaining - (Date.now() - countdown.startedAt));
    }
  };

  resume = (): void => {
    if (!this.paused) return;
    this.paused = false;
    for (const [id, countdown] of this.countdowns) this.startCountdown(id, countdown.remaining);
  };

  private startCountdown(id: number, ms: number): void {
    const countdown: Countdown = { timer: undefined, remaining: ms, startedAt: Date.now() };
    if (!this.paused) countdown.timer = setTimeout(() => this.dismiss(id), ms);
    this.countdowns.set(id, countdown);
  }

  private stopCountdown(id: number): void {
    clearTimeout(this.countdowns.get(id)?.timer);
    this.countdowns.delete(id);
  }

  private set(toasts: readonly Toast[]): void {
    this.toasts = toasts;
    for (const listener of this.listeners) listener();
  }
}
