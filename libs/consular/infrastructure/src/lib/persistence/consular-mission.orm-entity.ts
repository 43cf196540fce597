import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'consular', name: 'mission' })
export class ConsularMissionOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'state_organisation_id' }) stateOrganisationId!: string;
  @Column('text') country!: string;
  @Column('text') city!: string;
}
