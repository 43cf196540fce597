import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CapacityOfferState } from '@accord/evacuations/domain';

@Entity({ schema: 'evacuations', name: 'capacity_offer' })
export class CapacityOfferOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'operation_id' }) operationId!: string;
  @Column('text', { name: 'organisation_id' }) organisationId!: string;
  @Column('text', { name: 'route_key' }) routeKey!: string;
  @Column('date', { name: 'departure_date' }) departureDate!: string;
  @Column('int') seats!: number;
  @Column('int', { name: 'allocated_seats' }) allocatedSeats!: number;
  @Column('int') version!: number;
  @Column('jsonb') state!: CapacityOfferState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
