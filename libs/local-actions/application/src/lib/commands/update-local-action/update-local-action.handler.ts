import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VersionConflict } from '@accord/shared/kernel';
import { LocalActionSaved } from '../../local-action-saved';
import { LocalActionRepository } from '../../ports/local-action.repository';
import { UpdateLocalActionCommand } from './update-local-action.command';

@CommandHandler(UpdateLocalActionCommand)
export class UpdateLocalActionHandler implements ICommandHandler<UpdateLocalActionCommand, LocalActionSaved> {
  constructor(private readonly actions: LocalActionRepository) {}

  async execute({ context, localActionId, changes, expectedVersion }: UpdateLocalActionCommand): Promise<LocalActionSaved> {
    const action = await this.actions.getById(localActionId);
    if (expectedVersion !== undefined && expectedVersion !== action.version) throw new VersionConflict(localActionId, expectedVersion, action.version);
    action.update(context.actor.organisationId, changes);
    await this.actions.save(action, context);
    return { id: action.id, version: action.version };
  }
}
