import { DomainEvent } from '@accord/shared/kernel';
import { CommitmentStatus } from './commitment-status';
import { EvidenceLevel } from './evidence-level';

export interface OwnerSnapshot {
  organisationId: string;
  name: string;
  kind: string;
  country: string | null;
}

export type CommitmentLogged = DomainEvent<
  'CommitmentLogged',
  {
    commitmentId: string;
    owner: OwnerSnapshot;
    title: string;
    description: string;
    gcmObjectives: number[];
    sdgTargets: string[];
    indicator: string;
    baseline: string;
    targetValue: string;
    dueDate: string;
    status: CommitmentStatus;
    loggedAt: string;
  }
>;

export type CommitmentProgressReported = DomainEvent<
  'CommitmentProgressReported',
  { commitmentId: string; percent: number; narrative: string; evidenceUrl: string | null; evidenceLevel: EvidenceLevel; reportedAt: string }
>;

export type CommitmentStatusChanged = DomainEvent<
  'CommitmentStatusChanged',
  { commitmentId: string; from: CommitmentStatus; to: CommitmentStatus; reason: string | null; changedAt: string }
>;

/** An owner invited another organisation to own the commitment with it (at logging time or later). */
export type CommitmentCoOwnerAdded = DomainEvent<
  'CommitmentCoOwnerAdded',
  { commitmentId: string; coOwner: OwnerSnapshot; addedBy: string; addedAt: string }
>;

/** One owner of a joint commitment reported progress on its own share. */
export type CommitmentShareProgressReported = DomainEvent<
  'CommitmentShareProgressReported',
  {
    commitmentId: string;
    organisationId: string;
    percent: number;
    narrative: string;
    evidenceUrl: string | null;
    evidenceLevel: EvidenceLevel;
    consolidatedPercent: number | null;
    reportedAt: string;
  }
>;

/** One owner of a joint commitment changed the status of its own share. */
export type CommitmentShareStatusChanged = DomainEvent<
  'CommitmentShareStatusChanged',
  { commitmentId: string; organisationId: string; from: CommitmentStatus; to: CommitmentStatus; reason: string | null; changedAt: string }
>;

export type CommitmentEvent =
  | CommitmentLogged
  | CommitmentProgressReported
  | CommitmentStatusChanged
  | CommitmentCoOwnerAdded
  | CommitmentShareProgressReported
  | CommitmentShareStatusChanged;
