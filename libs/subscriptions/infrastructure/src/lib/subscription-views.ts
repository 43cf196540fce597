import { FollowTargetKind } from '@accord/subscriptions/domain';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface FollowView {
  followId: string;
  target: { kind: FollowTargetKind; id: string };
  since: string;
}

export interface FollowNotificationView {
  id: string;
  eventId: string;
  /** The public event's type, e.g. CommitmentProgressReported. */
  type: string;
  aggregateId: string;
  /** The followed thing this notification is for. */
  target: { kind: FollowTargetKind; id: string };
  at: string;
  /** A few public fields of the event (title, status, percent …): never personal data. */
  detail: Record<string, unknown>;
  read: boolean;
}

export interface FollowNotificationPage extends Page<FollowNotificationView> {
  unread: number;
}

export interface WebhookView {
  id: string;
  url: string;
  filter: { streams: string[]; eventTypes: string[]; targets: { kind: FollowTargetKind; id: string }[] };
  active: boolean;
  version: number;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}
