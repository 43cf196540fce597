import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AgreementTerms } from '@accord/consular/domain';

@Entity({ schema: 'consular', name: 'agreement' })
export class ConsularAgreementOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { array: true }) parties!: string[];
  @Column('text', { array: true }) countries!: string[];
  @Column('jsonb') terms!: AgreementTerms;
}
