import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationOrmEntity } from './organisation.orm-entity';

@Entity({ schema: 'identity', name: 'person' })
export class PersonOrmEntity {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' }) id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { name: 'organisation_id' }) organisationId!: string;
  @ManyToOne(() => OrganisationOrmEntity, { nullable: false })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationOrmEntity;
  @Column('text', { array: true }) roles!: string[];
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('boolean', { default: false }) disabled!: boolean;
  @Column('int', { name: 'token_version', default: 0 }) tokenVersion!: number;
  /** Provider (OIDC) tokens issued at or before this instant are refused: they carry no `ver` to bump. */
  @Column('timestamptz', { name: 'tokens_revoked_at', nullable: true }) tokensRevokedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
