import { Injectable } from '@nestjs/common';
import { KnownCrisisAlerts } from '@accord/follow-up/application';
import { UnitOfWork } from '@accord/shared/messaging';

@Injectable()
export class TypeOrmKnownCrisisAlerts extends KnownCrisisAlerts {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async find(alertId: string): Promise<{ closed: boolean } | null> {
    const rows = await this.uow.read<{ closed: boolean }>(`SELECT closed_at IS NOT NULL AS closed FROM follow_up.known_crisis_alert WHERE alert_id = $1`, [alertId]);
    return rows[0] ? { closed: rows[0].closed } : null;
  }
}
