import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'identity', name: 'organisation' })
export class OrganisationOrmEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: string;
  @Column('char', { length: 2, nullable: true }) country!: string | null;
  @Column('boolean', { default: false }) enforcement!: boolean;
}
