import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ConsularRequestState } from '@accord/consular/domain';

@Entity({ schema: 'consular', name: 'consular_request' })
export class ConsularRequestOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'requester_organisation_id' }) requesterOrganisationId!: string;
  @Column('text', { name: 'assignee_organisation_id', nullable: true }) assigneeOrganisationId!: string | null;
  @Column('text') status!: string;
  @Column('timestamptz', { name: 'answer_due_at', nullable: true }) answerDueAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { name: 'purged_at', nullable: true }) purgedAt!: Date | null;
  @Column('int') version!: number;
  @Column('jsonb') state!: ConsularRequestState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
