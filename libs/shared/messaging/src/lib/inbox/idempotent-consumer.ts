import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '@accord/shared/contracts';
import { applyOnce } from './apply-once';

/** `applyOnce` bound to one inbox consumer name (a projection, a process manager). */
export class IdempotentConsumer {
  constructor(
    private readonly dataSource: DataSource,
    readonly name: string,
  ) {}

  apply(envelope: EventEnvelope, effect: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    return applyOnce(this.dataSource, this.name, envelope, effect);
  }
}
