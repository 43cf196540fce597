import { ActingOrganisation, CommandContext, InvalidInput } from '@accord/shared/kernel';

export function actingOrganisation(context: CommandContext): ActingOrganisation {
  const org = context.actor.organisation;
  if (!org) throw new InvalidInput('organisation', 'the token does not describe the organisation you act for');
  return org;
}
