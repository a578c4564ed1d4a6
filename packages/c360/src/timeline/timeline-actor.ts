import type { Actor } from '../permissions/can.ts';

/** The signed-in user acting on the timeline, always within their own domain. */
export interface TimelineActor extends Actor {
  id: string;
  domainId: string;
}
