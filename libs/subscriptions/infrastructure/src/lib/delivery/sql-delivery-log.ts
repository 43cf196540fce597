import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, NotFound } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { DeliveryLog } from '@accord/subscriptions/application';
import { returnedRows } from '../persistence/returned-rows';

@Injectable()
export class SqlDeliveryLog extends DeliveryLog {
  constructor(private readonly uow: UnitOfWork, @Inject(CLOCK) private readonly clock: Clock) {
    super();
  }

  /** Back to pending with a fresh budget of attempts, due now; the log keeps the last HTTP status seen. */
  async resend(webhookId: string, deliveryId: string): Promise<void> {
    const result: unknown = await this.uow.manager.query(
      `UPDATE subscriptions.delivery SET status = 'pending', attempts = 0, next_attempt_at = $3, delivered_at = NULL WHERE id = $1 AND webhook_id = $2 RETURNING id`,
      [deliveryId, webhookId, this.clock.now()],
    );
    if (returnedRows(result).length === 0) throw new NotFound('delivery', deliveryId);
  }
}
