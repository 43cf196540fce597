import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonOrmEntity } from './person.orm-entity';

/** A person with their organisation loaded; `organisation` is always present on these reads. */
export type PersonWithOrganisation = PersonOrmEntity & { organisation: NonNullable<PersonOrmEntity['organisation']> };

@Injectable()
export class PersonDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByEmail(email: string): Promise<PersonWithOrganisation | null> {
    return this.query().where('lower(p.email) = lower(:email)', { email }).getOne() as Promise<PersonWithOrganisation | null>;
  }

  findById(id: string): Promise<PersonWithOrganisation | null> {
    return this.query().where('p.id = :id', { id }).getOne() as Promise<PersonWithOrganisation | null>;
  }

  /** The person a provider's subject is mapped to, if an administrator (or a migration) mapped it. */
  findByExternalSubject(issuer: string, subject: string): Promise<PersonWithOrganisation | null> {
    return this.query()
      .where('p.id = (SELECT x.person_id FROM identity.external_subject x WHERE x.issuer = :issuer AND x.subject = :subject)', { issuer, subject })
      .getOne() as Promise<PersonWithOrganisation | null>;
  }

  /** Every token issued before this call carries an older `ver` (ours) or an older `iat` (a provider's) and is refused from now on. */
  async revokeTokens(id: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(PersonOrmEntity)
      .set({ tokenVersion: () => 'token_version + 1', tokensRevokedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  private query() {
    return this.dataSource.getRepository(PersonOrmEntity).createQueryBuilder('p').innerJoinAndSelect('p.organisation', 'o');
  }
}
