import { OwnerSnapshot } from '@accord/commitments/domain';

/** The organisations a commitment may name as co-owners: only known ones. */
export abstract class KnownOrganisations {
  abstract find(organisationId: string): Promise<OwnerSnapshot | null>;
}
