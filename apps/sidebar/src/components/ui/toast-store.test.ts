import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TOASTS, TOAST_ACTION_DURATION_MS, TOAST_DURATION_MS, ToastStore } from './toast-store';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const messages = (store: ToastStore) => store.getSnapshot().map((toast) => toast.message);

describe('toasts', () => {
  it('dismiss themselves after a few seconds, later when they carry an action', () => {
    const store = new ToastStore();
    store.show({ message: 'Saved' });
    store.show({ message: 'Logged', action: { label: 'Undo', onAction: () => undefined } });
    vi.advanceTimersByTime(TOAST_DURATION_MS);
    expect(messages(store)).toEqual(['Logged']);
    vi.advanceTimersByTime(TOAST_ACTION_DURATION_MS - TOAST_DURATION_MS);
    expect(messages(store)).toEqual([]);
  });

  it('wait while paused (pointer or focus on them) and go on with the time they had left', () => {
    const store = new ToastStore();
    store.show({ message: 'Saved' });
    vi.advanceTimersByTime(TOAST_DURATION_MS - 1_000);
    store.pause();
    vi.advanceTimersByTime(60_000);
    expect(messages(store)).toEqual(['Saved']);
    store.resume();
    vi.advanceTimersByTime(999);
    expect(messages(store)).toEqual(['Saved']);
    vi.advanceTimersByTime(1);
    expect(messages(store)).toEqual([]);
  });

  it('shown while paused wait too', () => {
    const store = new ToastStore();
    store.pause();
    store.show({ message: 'Saved' });
    vi.advanceTimersByTime(60_000);
    expect(messages(store)).toEqual(['Saved']);
    store.resume();
    vi.advanceTimersByTime(TOAST_DURATION_MS);
    expect(messages(store)).toEqual([]);
  });

  it('of the same key replace each other in place, with a fresh countdown', () => {
    const store = new ToastStore();
    const first = store.show({ message: 'Waiting to send', key: 'write', persistent: true });
    store.show({ message: 'Other' });
    vi.advanceTimersByTime(60_000);
    expect(messages(store)).toEqual(['Waiting to send']);
    expect(store.show({ message: 'Sent', key: 'write' })).toBe(first);
    expect(messages(store)).toEqual(['Sent']);
    vi.advanceTimersByTime(TOAST_DURATION_MS);
    expect(messages(store)).toEqual([]);
  });

  it('run their action once, and the toast goes', () => {
    const store = new ToastStore();
    const onAction = vi.fn();
    const id = store.show({ message: 'Logged', action: { label: 'Undo', onAction } });
    store.act(id);
    store.act(id);
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(messages(store)).toEqual([]);
  });

  it(`show at most ${MAX_TOASTS}, dropping the oldest`, () => {
    const store = new ToastStore();
    for (const message of ['1', '2', '3', '4']) store.show({ message });
    expect(messages(store)).toEqual(['2', '3', '4']);
  });

  it('tell their listeners, and a dismissed key or id leaves the others', () => {
    const store = new ToastStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const id = store.show({ message: 'a' });
    store.show({ message: 'b', key: 'k' });
    store.dismissKey('k');
    store.dismissKey('none');
    expect(messages(store)).toEqual(['a']);
    store.dismiss(id);
    expect(messages(store)).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(4);
  });
});
