import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CrisisAlertState } from '@accord/crisis/domain';

@Entity({ schema: 'crisis', name: 'crisis_alert' })
export class CrisisAlertOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'issuer_organisation_id' }) issuerOrganisationId!: string;
  @Column('text') country!: string;
  @Column('text') status!: string;
  @Column('int') version!: number;
  @Column('jsonb') state!: CrisisAlertState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
