import { Injectable } from '@nestjs/common';
import { ICommand } from '@nestjs/cqrs';
import { CommandContext } from '@accord/shared/kernel';
import { CommandAuditor, SqlStatement } from '@accord/shared/messaging';
import { AuditLog } from './audit-log';

type ContextualCommand = ICommand & { context?: CommandContext };

/** Records every command with who asked, for which organisation and the outcome; never its payload. */
@Injectable()
export class AuditCommandAuditor extends CommandAuditor {
  constructor(private readonly log: AuditLog) {
    super();
  }

  accepted(command: ContextualCommand): SqlStatement {
    return this.log.insert({ ...this.who(command), action: actionOf(command), outcome: 'accepted' });
  }

  refused(command: ContextualCommand, error: unknown): void {
    const reason = error instanceof Error ? error.name : 'Error';
    this.log.recordQuietly({ ...this.who(command), action: actionOf(command), outcome: reason === 'Error' || reason === 'QueryFailedError' ? 'failed' : 'refused', detail: { reason } });
  }

  private who(command: ContextualCommand) {
    const actor = command.context?.actor;
    return { personId: actor?.personId ?? null, organisationId: actor?.organisationId ?? null, correlationId: command.context?.correlationId ?? null };
  }
}

// Class names are stable here: Accord's server bundles are not minified (webpack optimization off).
function actionOf(command: ICommand): string {
  return command.constructor.name.replace(/Command$/, '');
}
