import { createHash } from 'node:crypto';

export const FOLLOW_TARGET_KINDS = ['commitment', 'recommendation', 'organisation'] as const;
export type FollowTargetKind = (typeof FOLLOW_TARGET_KINDS)[number];

/** What a person follows: a commitment or recommendation (uuid) or an organisation (its directory id). */
export interface FollowTarget {
  readonly kind: FollowTargetKind;
  readonly id: string;
}

export const isFollowTargetKind = (kind: unknown): kind is FollowTargetKind => typeof kind === 'string' && (FOLLOW_TARGET_KINDS as readonly string[]).includes(kind);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A target id is a uuid for commitments and recommendations, a directory id (`state-bd`) for organisations. */
export function isWellFormedTargetId(kind: FollowTargetKind, id: string): boolean {
  return kind === 'organisation' ? ORGANISATION_ID.test(id) : UUID.test(id);
}

/**
 * One follow per person and target, so its id is derived from both (a name-based uuid): following
 * again finds the same aggregate instead of creating a second one.
 */
export function followIdOf(personId: string, target: FollowTarget): string {
  const h = createHash('sha256').update(`${personId}\u0000${target.kind}\u0000${target.id}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
