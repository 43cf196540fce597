import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CommitmentState } from '@accord/commitments/domain';

@Entity({ schema: 'commitments', name: 'commitment' })
export class CommitmentOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'owner_organisation_id' }) ownerOrganisationId!: string;
  @Column('text') status!: string;
  @Column('int') version!: number;
  @Column('jsonb') state!: CommitmentState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
