import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, CommandContext, VersionConflict } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { FollowRepository } from '@accord/subscriptions/application';
import { FOLLOW_STREAM } from '@accord/subscriptions/contracts';
import { Follow, FollowTargetKind } from '@accord/subscriptions/domain';

interface FollowRecord {
  id: string;
  person_id: string;
  organisation_id: string;
  target_kind: FollowTargetKind;
  target_id: string;
  active: boolean;
  version: number;
}

@Injectable()
export class SqlFollowRepository extends FollowRepository {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async find(id: string): Promise<Follow | null> {
    const rows: FollowRecord[] = await this.uow.manager.query(`SELECT * FROM subscriptions.follow WHERE id = $1 FOR UPDATE`, [id]);
    const r = rows[0];
    if (!r) return null;
    return Follow.restore(r.id, r.version, { personId: r.person_id, organisationId: r.organisation_id, target: { kind: r.target_kind, id: r.target_id }, active: r.active }, this.clock);
  }

  async save(follow: Follow, context: CommandContext): Promise<void> {
    const s = follow.snapshot;
    const now = this.clock.now();
    // The insert races a concurrent first follow by the same person: the loser updates nothing and conflicts.
    const rows: unknown[] = await this.uow.manager.query(
      `INSERT INTO subscriptions.follow (id, person_id, organisation_id, target_kind, target_id, active, version, since)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (id) DO UPDATE SET active = excluded.active, version = excluded.version, organisation_id = excluded.organisation_id, since = excluded.since
       WHERE subscriptions.follow.version = $9 RETURNING id`,
      [follow.id, s.personId, s.organisationId, s.target.kind, s.target.id, s.active, follow.version, now, follow.persistedVersion],
    );
    if (rows.length === 0) throw new VersionConflict(follow.id, follow.persistedVersion, follow.persistedVersion + 1);
    this.uow.collect(pendingEnvelopes(follow, FOLLOW_STREAM, context, now));
    follow.markEventsCommitted();
  }
}
