import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AssessmentState } from '@accord/assessments/domain';

@Entity({ schema: 'assessments', name: 'assessment' })
export class AssessmentOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'commitment_id' }) commitmentId!: string;
  @Column('text', { name: 'assessor_organisation_id' }) assessorOrganisationId!: string;
  @Column('int') version!: number;
  @Column('jsonb') state!: AssessmentState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
