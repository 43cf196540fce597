import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { RecommendationState } from '@accord/follow-up/domain';

@Entity({ schema: 'follow_up', name: 'recommendation' })
export class RecommendationOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'secretariat_id' }) secretariatId!: string;
  @Column('int') version!: number;
  @Column('jsonb') state!: RecommendationState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
