import { FollowTargetKind } from './follow-target';

export interface FollowStartedData {
  followId: string;
  personId: string;
  organisationId: string;
  target: { kind: FollowTargetKind; id: string };
  startedAt: string;
}

export interface FollowStoppedData {
  followId: string;
  personId: string;
  target: { kind: FollowTargetKind; id: string };
  stoppedAt: string;
}

export type FollowEvent = { type: 'FollowStarted'; data: FollowStartedData } | { type: 'FollowStopped'; data: FollowStoppedData };
