import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LocalActionState } from '@accord/local-actions/domain';

@Entity({ schema: 'local_actions', name: 'local_action' })
export class LocalActionOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'city_organisation_id' }) cityOrganisationId!: string;
  @Column('int') version!: number;
  @Column('jsonb') state!: LocalActionState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
