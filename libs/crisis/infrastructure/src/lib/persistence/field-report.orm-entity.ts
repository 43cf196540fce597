import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FieldReportState } from '@accord/crisis/domain';

@Entity({ schema: 'crisis', name: 'field_report' })
export class FieldReportOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'alert_id' }) alertId!: string;
  @Column('text', { name: 'monitor_organisation_id' }) monitorOrganisationId!: string;
  @Column('jsonb') state!: FieldReportState;
  @Column('timestamptz', { name: 'filed_at' }) filedAt!: Date;
}
