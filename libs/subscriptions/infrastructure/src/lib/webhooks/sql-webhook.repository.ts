import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, CommandContext, NotFound, VersionConflict } from '@accord/shared/kernel';
import { pendingEnvelopes, UnitOfWork } from '@accord/shared/messaging';
import { WebhookRepository } from '@accord/subscriptions/application';
import { WEBHOOK_STREAM } from '@accord/subscriptions/contracts';
import { Webhook, WebhookFilter } from '@accord/subscriptions/domain';
import { returnedRows } from '../persistence/returned-rows';
import { WebhookSecrets } from './webhook-secrets';

interface WebhookRecord {
  id: string;
  organisation_id: string;
  url: string;
  filter: WebhookFilter;
  active: boolean;
  version: number;
}

@Injectable()
export class SqlWebhookRepository extends WebhookRepository {
  constructor(private readonly uow: UnitOfWork, private readonly secrets: WebhookSecrets, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  async getOwned(id: string, organisationId: string): Promise<Webhook> {
    const rows: WebhookRecord[] = await this.uow.manager.query(`SELECT id, organisation_id, url, filter, active, version FROM subscriptions.webhook WHERE id = $1 AND organisation_id = $2`, [
      id,
      organisationId,
    ]);
    const r = rows[0];
    if (!r) throw new NotFound('webhook', id);
    return Webhook.restore(r.id, r.version, { organisationId: r.organisation_id, url: r.url, filter: r.filter, active: r.active }, this.clock);
  }

  async save(webhook: Webhook, context: CommandContext, secret?: string): Promise<void> {
    const s = webhook.snapshot;
    const now = this.clock.now();
    if (webhook.persistedVersion === 0) {
      if (!secret) throw new Error('a new webhook needs its signing secret');
      const sealed = this.secrets.seal(webhook.id, secret);
      await this.uow.manager.query(
        `INSERT INTO subscriptions.webhook (id, organisation_id, url, secret, secret_key_id, filter, active, version, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [webhook.id, s.organisationId, s.url, sealed.sealed, sealed.keyId, JSON.stringify(s.filter), s.active, webhook.version, now],
      );
    } else {
      const sealed = secret ? this.secrets.seal(webhook.id, secret) : null;
      const result: unknown = await this.uow.manager.query(
        // A rotation brings a new sealed secret and its key id; otherwise both stay.
        `UPDATE subscriptions.webhook SET active = $2, version = $3, secret = coalesce($5, secret), secret_key_id = coalesce($6, secret_key_id)
         WHERE id = $1 AND version = $4 RETURNING id`,
        [webhook.id, s.active, webhook.version, webhook.persistedVersion, sealed?.sealed ?? null, sealed?.keyId ?? null],
      );
      if (returnedRows(result).length === 0) throw new VersionConflict(webhook.id, webhook.persistedVersion, webhook.persistedVersion + 1);
    }
    this.uow.collect(pendingEnvelopes(webhook, WEBHOOK_STREAM, context, now));
    webhook.markEventsCommitted();
  }
}
