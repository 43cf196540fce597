import { Party } from '@accord/evacuations/domain';
import { CommandContext } from '@accord/shared/kernel';
import { actingOrganisation } from '../commands/acting-organisation';

export function capacityParty(context: CommandContext): Party {
  const org = actingOrganisation(context);
  return { organisationId: org.id, kind: org.kind };
}
