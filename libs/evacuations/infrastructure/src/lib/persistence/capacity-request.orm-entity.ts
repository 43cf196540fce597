import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { CapacityRequestState } from '@accord/evacuations/domain';

@Entity({ schema: 'evacuations', name: 'capacity_request' })
export class CapacityRequestOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'operation_id' }) operationId!: string;
  @Column('text', { name: 'organisation_id' }) organisationId!: string;
  @Column('text', { name: 'route_key' }) routeKey!: string;
  @Column('date', { name: 'earliest_date' }) earliestDate!: string;
  @Column('date', { name: 'latest_date' }) latestDate!: string;
  @Column('int', { name: 'passenger_count' }) passengerCount!: number;
  @Column('int') version!: number;
  @Column('jsonb') state!: CapacityRequestState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
