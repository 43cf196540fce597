import { Injectable } from '@nestjs/common';
import { KnownOrganisations } from '@accord/commitments/application';
import { OwnerSnapshot } from '@accord/commitments/domain';

// TODO: the demo world's organisations belong in @accord/shared/reference-data (identity seeds the same
// list); kept here until they move so a stakeholder service can check co-owners without identity's DB.
const DEMO_WORLD: readonly OwnerSnapshot[] = [
  ['state-bd', 'Bangladesh', 'state', 'BD'],
  ['state-my', 'Malaysia', 'state', 'MY'],
  ['state-ph', 'Philippines', 'state', 'PH'],
  ['state-ca', 'Canada', 'state', 'CA'],
  ['state-au', 'Australia', 'state', 'AU'],
  ['state-tn', 'Tunisia', 'state', 'TN'],
  ['state-eg', 'Egypt', 'state', 'EG'],
  ['state-ly', 'Libya', 'state', 'LY'],
  ['city-naga', 'Naga City', 'city', 'PH'],
  ['city-vancouver', 'Vancouver', 'city', 'CA'],
  ['cso-mfa', 'Migrant Forum in Asia', 'cso', 'PH'],
  ['cso-rmms', 'Regional Mixed Migration Secretariat (4mi)', 'cso', 'KE'],
  ['agency-iom', 'IOM', 'agency', null],
  ['agency-ilo', 'ILO', 'agency', null],
  ['agency-undp', 'UNDP', 'agency', null],
  ['agency-unhcr', 'UNHCR', 'agency', null],
].map(([organisationId, name, kind, country]) => ({ organisationId, name, kind, country }) as OwnerSnapshot);

/** Stakeholder organisations of the demo world (secretariats do not own commitments). */
@Injectable()
export class DemoWorldOrganisations extends KnownOrganisations {
  async find(organisationId: string): Promise<OwnerSnapshot | null> {
    return DEMO_WORLD.find((o) => o.organisationId === organisationId) ?? null;
  }
}
