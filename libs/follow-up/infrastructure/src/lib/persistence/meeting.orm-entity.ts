import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MeetingState } from '@accord/follow-up/domain';

@Entity({ schema: 'follow_up', name: 'meeting' })
export class MeetingOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'secretariat_id' }) secretariatId!: string;
  @Column('int') version!: number;
  @Column('jsonb') state!: MeetingState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
