import { OwnerSnapshot } from '@accord/commitments/domain';
import { InvalidInput } from '@accord/shared/kernel';
import { KnownOrganisations } from '../../ports/known-organisations';

/** Each id must name a known organisation: a 400 on `field` otherwise. */
export async function resolveCoOwners(organisations: KnownOrganisations, ids: readonly string[], field: string): Promise<OwnerSnapshot[]> {
  const found = await Promise.all(ids.map((id) => organisations.find(id)));
  const unknown = ids.filter((_, i) => !found[i]);
  if (unknown.length) throw new InvalidInput(field, `unknown organisation: ${unknown.join(', ')}`);
  return found as OwnerSnapshot[];
}
