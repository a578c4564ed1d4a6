import type { Actor } from '../permissions/can.ts';

/** The signed-in user reading the report, always within their own domain. */
export interface ReportsActor extends Actor {
  id: string;
  domainId: string;
}
