import { PresenceReport } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class PresenceReportRepository {
  abstract save(report: PresenceReport, context: CommandContext): Promise<void>;
}
