import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LOCAL_ACTION_STREAM, LocalActionReportedV1, LocalActionUpdatedV1 } from '@accord/local-actions/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { LocalActionFeedQueries } from '../persistence/local-action-feed.queries';
import { VersionGap } from './version-gap.error';

type LocalActionEnvelope = LocalActionReportedV1 | LocalActionUpdatedV1;

/** Keeps local_action_feed.local_action_view in step with the local-actions stream. */
@Injectable()
export class LocalActionFeedProjection {
  readonly name = 'local-action-feed';
  readonly topics = [LOCAL_ACTION_STREAM];

  constructor(private readonly queries: LocalActionFeedQueries, private readonly live: LiveUpdatePublisher) {}

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const e = envelope as LocalActionEnvelope;
    if (e.type === 'LocalActionReported') return this.reported(e, manager);
    const current = await manager.query('SELECT version FROM local_action_feed.local_action_view WHERE id = $1 FOR UPDATE', [e.aggregateId]);
    const have: number = current[0]?.version ?? 0;
    if (e.aggregateVersion <= have) return;
    if (e.aggregateVersion !== have + 1) throw new VersionGap(e.aggregateId, have, e.aggregateVersion);
    if (e.type === 'LocalActionUpdated') await this.updated(e, manager);
  }

  async afterCommit(envelope: EventEnvelope): Promise<void> {
    const view = await this.queries.find(envelope.aggregateId);
    if (view) this.live.publish({ type: envelope.type, aggregateId: envelope.aggregateId, occurredAt: envelope.occurredAt, view }, { kind: 'public' });
  }

  private async reported({ payload: p, aggregateVersion }: LocalActionReportedV1, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO local_action_feed.local_action_view (id, city_organisation_id, city_name, title, description, action_date, place_name,
         country, status, beneficiaries, commitment_ids, recommendation_ids, version, reported_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11::uuid[],$12::uuid[],$13,$14,$14) ON CONFLICT (id) DO NOTHING`,
      [p.localActionId, p.city.organisationId, p.city.name, p.title, p.description, p.date, p.location.placeName, p.location.country,
        p.status, p.beneficiaries, p.commitmentIds, p.recommendationIds, aggregateVersion, p.reportedAt],
    );
  }

  private async updated({ payload: p, aggregateVersion }: LocalActionUpdatedV1, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE local_action_feed.local_action_view SET title = $2, description = $3, action_date = $4, place_name = $5, country = $6,
         status = $7, beneficiaries = $8, commitment_ids = $9::uuid[], recommendation_ids = $10::uuid[], version = $11, updated_at = $12 WHERE id = $1`,
      [p.localActionId, p.title, p.description, p.date, p.location.placeName, p.location.country, p.status, p.beneficiaries,
        p.commitmentIds, p.recommendationIds, aggregateVersion, p.updatedAt],
    );
  }
}
