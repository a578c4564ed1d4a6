import type { Actor } from '../permissions/can.ts';

/** The signed-in user reading or adding people, always within their own domain. */
export interface PeopleActor extends Actor {
  id: string;
  domainId: string;
}
