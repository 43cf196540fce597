export type FollowTargetKind = 'commitment' | 'recommendation' | 'organisation';

export interface FollowTarget {
  kind: FollowTargetKind;
  id: string;
}

export interface FollowView {
  followId: string;
  target: FollowTarget;
  since: string;
}

export interface FollowResult {
  followId: string;
  following: boolean;
  changed: boolean;
}

export interface FollowNotificationView {
  id: string;
  eventId: string;
  type: string;
  aggregateId: string;
  target: FollowTarget;
  at: string;
  detail: Record<string, unknown>;
  read: boolean;
}

/** The live update type a person's follow notifications arrive with (to their own socket room only). */
export const FOLLOW_NOTIFICATION_UPDATE_TYPE = 'FollowNotificationRaised';

export interface WebhookFilter {
  streams: string[];
  eventTypes: string[];
  targets: FollowTarget[];
}

export interface WebhookView {
  id: string;
  url: string;
  filter: WebhookFilter;
  active: boolean;
  version: number;
  createdAt: string;
}

export interface NewWebhook {
  url: string;
  filter: Partial<WebhookFilter>;
}

export interface WebhookRegistered {
  id: string;
  version: number;
  secret: string;
}

/** A replayed registration (same Idempotency-Key): the secret is only in the first answer. */
export interface WebhookRegistrationReplayed {
  id: string;
  version: number;
  secret: null;
  secretWithheld: string;
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

/** The public streams a webhook may filter on (the server refuses any other). */
export const PUBLIC_STREAM_OPTIONS = ['accord.commitments.commitment', 'accord.follow-up.recommendation', 'accord.local-actions.local-action', 'accord.assessments.assessment'] as const;

/** Where a followed target is shown in the portal. */
export function targetLink(target: FollowTarget): string[] {
  if (target.kind === 'commitment') return ['/commitments', target.id];
  if (target.kind === 'recommendation') return ['/follow-up/recommendations', target.id];
  return ['/'];
}
