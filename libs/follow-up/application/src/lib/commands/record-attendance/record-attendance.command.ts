import { AttendanceMark } from '@accord/follow-up/domain';
import { CommandContext } from '@accord/shared/kernel';

export class RecordAttendanceCommand {
  constructor(readonly context: CommandContext, readonly consultationId: string, readonly attendance: AttendanceMark[]) {}
}
