import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `sealed` is AES-256-GCM ciphertext; null once purged. */
@Entity({ schema: 'consular', name: 'case_record' })
export class CaseRecordOrmEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  @Column('text', { name: 'key_id', nullable: true }) keyId!: string | null;
  @Column('text', { nullable: true }) sealed!: string | null;
  @Column('timestamptz', { name: 'purged_at', nullable: true }) purgedAt!: Date | null;
}
