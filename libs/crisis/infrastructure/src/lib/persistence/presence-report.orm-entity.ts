import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PresenceReportState } from '@accord/crisis/domain';

@Entity({ schema: 'crisis', name: 'presence_report' })
export class PresenceReportOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'alert_id' }) alertId!: string;
  @Column('text', { name: 'state_organisation_id' }) stateOrganisationId!: string;
  @Column('text') country!: string;
  @Column('int') total!: number;
  @Column('jsonb') state!: PresenceReportState;
  @Column('timestamptz', { name: 'reported_at' }) reportedAt!: Date;
}
