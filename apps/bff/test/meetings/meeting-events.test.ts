import type { MeetingView } from '@c360/contracts';
import { describe, expect, it, vi } from 'vitest';
import { MeetingEventHub, type MeetingStreamEvent } from '../../src/routes/meetings/meeting-events.ts';

const view: MeetingStreamEvent = { event: 'meeting', data: { meetingUuid: 'm' } as MeetingView };
const capture: MeetingStreamEvent = { event: 'transcript', data: { kind: 'capture', capturing: true } };

describe('MeetingEventHub', () => {
  it('delivers to the listeners of one meeting of one domain, and forgets them on unsubscribe', () => {
    const hub = new MeetingEventHub();
    const a = vi.fn();
    const other = vi.fn();
    const unsubscribe = hub.subscribe('d1', 'm', a);
    hub.subscribe('d2', 'm', other);
    hub.publish('d1', 'm', view);
    hub.publish('d1', 'm', capture);
    expect(a.mock.calls).toEqual([[view], [capture]]);
    expect(other).not.toHaveBeenCalled();
    unsubscribe();
    unsubscribe();
    expect(hub.size()).toBe(1);
    hub.publish('d1', 'm', view);
    expect(a).toHaveBeenCalledTimes(2);
  });

  it('keeps delivering when one listener throws', () => {
    const hub = new MeetingEventHub();
    const b = vi.fn();
    hub.subscribe('d', 'm', () => {
      throw new Error('gone');
    });
    hub.subscribe('d', 'm', b);
    hub.publish('d', 'm', view);
    expect(b).toHaveBeenCalled();
  });
});
