import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvacuationOperationRepository } from '../../ports/evacuation-operation.repository';
import { actingOrganisation } from '../acting-organisation';
import { OperationSaved } from '../saved';
import { ReportEvacuationMovementCommand } from './report-evacuation-movement.command';

@CommandHandler(ReportEvacuationMovementCommand)
export class ReportEvacuationMovementHandler implements ICommandHandler<ReportEvacuationMovementCommand, OperationSaved> {
  constructor(private readonly operations: EvacuationOperationRepository) {}

  async execute({ context, operationId, nationality, kind, count }: ReportEvacuationMovementCommand): Promise<OperationSaved> {
    const org = actingOrganisation(context);
    const op = await this.operations.getById(operationId);
    op.reportMovement({ organisationId: org.id, kind: org.kind }, nationality, kind, count);
    await this.operations.save(op, context);
    return { id: op.id, version: op.version };
  }
}
