import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { OrganisationKind, OrganisationView } from '@accord/identity/contracts';
import { OrganisationOrmEntity } from '../persistence/organisation.orm-entity';

// The deployment's own organisation (its administrators) is not a stakeholder: it is not listed.
const HIDDEN_KIND = 'platform';

@Injectable()
export class OrganisationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<OrganisationView[]> {
    const rows = await this.repository().find({ where: { kind: Not(HIDDEN_KIND) }, order: { kind: 'ASC', name: 'ASC' } });
    return rows.map(toView);
  }

  async find(id: string): Promise<OrganisationView | null> {
    const row = await this.repository().findOne({ where: { id, kind: Not(HIDDEN_KIND) } });
    return row ? toView(row) : null;
  }

  private repository() {
    return this.dataSource.getRepository(OrganisationOrmEntity);
  }
}

function toView(o: OrganisationOrmEntity): OrganisationView {
  return { id: o.id, name: o.name, kind: o.kind as OrganisationKind, country: o.country };
}
