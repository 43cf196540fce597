import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrisisAlertState } from '@accord/crisis/domain';
import { CrisisAlertOrmEntity } from './crisis-alert.orm-entity';

/** Reads of the write table for CAP export and the Atom feed (both served by the owning service). */
@Injectable()
export class CrisisAlertQueries {
  constructor(private readonly db: DataSource) {}

  async find(id: string): Promise<{ state: CrisisAlertState; version: number } | null> {
    const row = await this.db.getRepository(CrisisAlertOrmEntity).findOne({ where: { id } });
    return row ? { state: row.state, version: row.version } : null;
  }

  async open(limit = 200): Promise<{ id: string; state: CrisisAlertState }[]> {
    const rows = await this.db.getRepository(CrisisAlertOrmEntity).find({ where: { status: 'open' }, order: { updatedAt: 'DESC' }, take: limit });
    return rows.map((r) => ({ id: r.id, state: r.state }));
  }
}
