import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ schema: 'consular', name: 'case_access_log' })
export class CaseAccessLogOrmEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('text', { name: 'person_id' }) personId!: string;
  @Column('text', { name: 'organisation_id' }) organisationId!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  @Column('uuid', { name: 'case_ids', array: true }) caseIds!: string[];
  @Column('text') action!: string;
  @Column('text') purpose!: string;
  @Column('text', { name: 'legal_basis', array: true }) legalBasis!: string[];
  @Column('timestamptz') at!: Date;
}
