import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ConsultationState } from '@accord/follow-up/domain';

@Entity({ schema: 'follow_up', name: 'consultation' })
export class ConsultationOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'alert_id' }) alertId!: string;
  @Column('text', { name: 'secretariat_id' }) secretariatId!: string;
  @Column('text', { name: 'invited_state_ids', array: true }) invitedStateIds!: string[];
  @Column('timestamptz', { name: 'scheduled_at' }) scheduledAt!: Date;
  @Column('int') version!: number;
  @Column('jsonb') state!: ConsultationState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
