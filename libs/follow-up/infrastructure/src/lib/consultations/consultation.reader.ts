import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsultationState } from '@accord/follow-up/domain';
import { Actor, NotFound } from '@accord/shared/kernel';
import { consultationView, ConsultationView } from './consultation-view';

export interface ConsultationPage {
  items: ConsultationView[];
  total: number;
  page: number;
  pageSize: number;
}

interface Row {
  id: string;
  version: number;
  state: ConsultationState;
}

// Who may see a consultation: its secretariat, the States it invited, and agencies ($2 = caller is an agency).
const VISIBLE = `(secretariat_id = $1 OR $1 = ANY(invited_state_ids) OR $2::boolean)`;

/** Served by the owner from its own table: consultations carry no personal data but are not public. */
@Injectable()
export class ConsultationReader {
  constructor(private readonly db: DataSource) {}

  async one(actor: Actor, id: string): Promise<ConsultationView> {
    const [row]: Row[] = await this.db.query(`SELECT id, version, state FROM follow_up.consultation WHERE id = $3 AND ${VISIBLE}`, [...this.viewer(actor), id]);
    // Not visible and not existing look the same: a stranger learns nothing about the consultation.
    if (!row) throw new NotFound('consultation', id);
    return consultationView(row.id, row.version, row.state);
  }

  async forAlert(actor: Actor, alertId: string, page: number, pageSize: number): Promise<ConsultationPage> {
    const params = [...this.viewer(actor), alertId];
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM follow_up.consultation WHERE alert_id = $3 AND ${VISIBLE}`, params);
    const rows: Row[] = await this.db.query(
      `SELECT id, version, state FROM follow_up.consultation WHERE alert_id = $3 AND ${VISIBLE} ORDER BY scheduled_at DESC, id LIMIT $4 OFFSET $5`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map((r) => consultationView(r.id, r.version, r.state)), total: n, page, pageSize };
  }

  private viewer(actor: Actor): [string, boolean] {
    return [actor.organisationId, actor.organisation?.kind === 'agency'];
  }
}
