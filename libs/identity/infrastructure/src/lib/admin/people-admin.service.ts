import { ConflictException, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdminPeoplePage, AdminPersonView } from '@accord/identity/contracts';
import { LiveUpdatesGateway } from '@accord/shared/live';
import { InvalidInput, NotFound } from '@accord/shared/kernel';
import { IdentityActorResolver } from '../auth/identity-actor.resolver';
import { IdentityExternalResolver } from '../auth/identity-external.resolver';
import { SignOutService } from '../auth/sign-out.service';
import { ScryptPasswordHasher } from '../password/scrypt-password.hasher';
import { OrganisationOrmEntity } from '../persistence/organisation.orm-entity';
import { PersonOrmEntity } from '../persistence/person.orm-entity';
import { toAdminPersonView } from './admin-views.mapper';
import { checkRolesFitOrganisation } from './role-assignment';

export interface NewPerson {
  email: string;
  displayName: string;
  organisationId: string;
  roles: string[];
  /** Omitted for people who sign in through the OIDC provider only: they get a hash nothing matches. */
  password?: string;
}

export interface PeopleFilter {
  organisationId?: string;
  page: number;
  pageSize: number;
}

// Not a scrypt record, so ScryptPasswordHasher.verify always answers false for it.
const NO_PASSWORD = '!oidc-only';

@Injectable()
export class PeopleAdminService {
  private readonly hasher = new ScryptPasswordHasher();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signOut: SignOutService,
    private readonly actors: IdentityActorResolver,
    private readonly externalActors: IdentityExternalResolver,
    @Optional() private readonly live?: LiveUpdatesGateway,
  ) {}

  async list(filter: PeopleFilter): Promise<AdminPeoplePage> {
    const [rows, total] = await this.people().findAndCount({
      where: filter.organisationId ? { organisationId: filter.organisationId } : {},
      order: { organisationId: 'ASC', email: 'ASC' },
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    });
    return { items: rows.map(toAdminPersonView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async create(p: NewPerson): Promise<AdminPersonView> {
    const organisation = await this.dataSource.getRepository(OrganisationOrmEntity).findOne({ where: { id: p.organisationId } });
    if (!organisation) throw new InvalidInput('organisationId', 'no such organisation');
    checkRolesFitOrganisation(p.roles, organisation.kind);
    const passwordHash = p.password ? await this.hasher.hash(p.password) : NO_PASSWORD;
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO identity.person (email, display_name, organisation_id, roles, password_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [p.email, p.displayName, p.organisationId, p.roles, passwordHash],
    );
    if (rows.length === 0) throw new ConflictException('a person with this email already exists');
    return toAdminPersonView(await this.get(rows[0].id));
  }

  /** Revokes at once: every token (ours and the provider's) refused from the next call, open sockets closed now. */
  async disable(id: string, by: string): Promise<AdminPersonView> {
    if (id === by) throw new InvalidInput('id', 'you cannot disable yourself');
    await this.get(id);
    await this.people().update({ id }, { disabled: true });
    await this.signOut.revoke(id);
    this.live?.disconnectPerson(id);
    return toAdminPersonView(await this.get(id));
  }

  async setRoles(id: string, roles: string[]): Promise<AdminPersonView> {
    const person = await this.dataSource.getRepository(PersonOrmEntity).findOne({ where: { id }, relations: { organisation: true } });
    if (!person?.organisation) throw new NotFound('person', id);
    checkRolesFitOrganisation(roles, person.organisation.kind);
    await this.people().update({ id }, { roles });
    // A role taken away must not linger in this process's cached actor; other processes see it within 5 s.
    this.actors.forget(id);
    this.externalActors.forget(id);
    return toAdminPersonView(await this.get(id));
  }

  private async get(id: string): Promise<PersonOrmEntity> {
    const person = await this.people().findOne({ where: { id } });
    if (!person) throw new NotFound('person', id);
    return person;
  }

  private people() {
    return this.dataSource.getRepository(PersonOrmEntity);
  }
}
