import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdminOrganisationView } from '@accord/identity/contracts';
import { OrganisationOrmEntity } from '../persistence/organisation.orm-entity';
import { toAdminOrganisationView } from './admin-views.mapper';

export interface NewOrganisation {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  enforcement: boolean;
}

@Injectable()
export class OrganisationAdminService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<AdminOrganisationView[]> {
    const rows = await this.dataSource.getRepository(OrganisationOrmEntity).find({ order: { kind: 'ASC', name: 'ASC' } });
    return rows.map(toAdminOrganisationView);
  }

  async create(o: NewOrganisation): Promise<AdminOrganisationView> {
    const inserted: unknown[] = await this.dataSource.query(
      'INSERT INTO identity.organisation (id, name, kind, country, enforcement) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id',
      [o.id, o.name, o.kind, o.country, o.enforcement],
    );
    if (inserted.length === 0) throw new ConflictException(`organisation ${o.id} already exists`);
    return { ...o, kind: o.kind as AdminOrganisationView['kind'] };
  }
}
