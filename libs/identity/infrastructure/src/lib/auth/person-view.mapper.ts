import { IdentityRole, OrganisationKind, PersonView } from '@accord/identity/contracts';
import { Actor } from '@accord/shared/kernel';
import { PersonWithOrganisation } from '../persistence/person-directory';

export function toPersonView(p: PersonWithOrganisation): PersonView {
  return {
    id: p.id,
    email: p.email,
    displayName: p.displayName,
    organisationId: p.organisationId,
    organisationName: p.organisation.name,
    organisationKind: p.organisation.kind as OrganisationKind,
    roles: p.roles as IdentityRole[],
  };
}

export function toActor(p: PersonWithOrganisation): Actor {
  const { id, name, kind, country } = p.organisation;
  return { personId: p.id, organisationId: p.organisationId, roles: [...p.roles], organisation: { id, name, kind, country } };
}
