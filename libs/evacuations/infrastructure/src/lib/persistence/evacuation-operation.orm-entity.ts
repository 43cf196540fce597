import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EvacuationOperationState } from '@accord/evacuations/domain';

@Entity({ schema: 'evacuations', name: 'operation' })
export class EvacuationOperationOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'alert_id' }) alertId!: string;
  @Column('text', { name: 'operator_organisation_id' }) operatorOrganisationId!: string;
  @Column('int') version!: number;
  @Column('jsonb') state!: EvacuationOperationState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
