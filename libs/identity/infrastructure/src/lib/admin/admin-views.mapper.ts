import { AdminOrganisationView, AdminPersonView, IdentityRole, OrganisationKind } from '@accord/identity/contracts';
import { OrganisationOrmEntity } from '../persistence/organisation.orm-entity';
import { PersonOrmEntity } from '../persistence/person.orm-entity';

export function toAdminOrganisationView(o: OrganisationOrmEntity): AdminOrganisationView {
  return { id: o.id, name: o.name, kind: o.kind as OrganisationKind, country: o.country, enforcement: o.enforcement };
}

export function toAdminPersonView(p: PersonOrmEntity): AdminPersonView {
  return { id: p.id, email: p.email, displayName: p.displayName, organisationId: p.organisationId, roles: p.roles as IdentityRole[], disabled: p.disabled, createdAt: p.createdAt.toISOString() };
}
