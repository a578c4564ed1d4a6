import type { Region } from './company-catalog.ts';
import type { DemoDomain } from './domains.ts';
import type { SeededUser } from './users.ts';

// What the generators know about the records already built, so later ones (timeline, scorecards…) refer to them.

export interface SeededPerson {
  id: string;
  fullName: string;
  /** Holds a senior title (an executive sponsor candidate). */
  senior: boolean;
}

export interface SeededRelationship {
  id: string;
  name: string;
  typeId: string;
  personIds: string[];
}

export interface SeededCompany {
  id: string;
  name: string;
  region: Region;
  language: 'en' | 'ja';
  stage: string;
  employees: number;
  csmId: string;
  /** 0–100: how healthy the account is, steering scores, ratings and risks. */
  health: number;
  createdAt: Date;
  persons: SeededPerson[];
  relationships: SeededRelationship[];
  /** Logged activities, for CTAs created from timeline tasks. */
  loggedActivityIds: string[];
}

export interface DomainContext {
  domain: DemoDomain;
  users: SeededUser[];
  companies: SeededCompany[];
  relationshipTypeIds: Record<string, string>;
}
