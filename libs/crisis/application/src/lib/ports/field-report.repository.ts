import { FieldReport } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class FieldReportRepository {
  abstract save(report: FieldReport, context: CommandContext): Promise<void>;
}
