import { Assessment } from '@accord/assessments/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class AssessmentRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<Assessment>;
  /** Throws VersionConflict when someone saved the assessment since it was loaded. */
  abstract save(assessment: Assessment, context: CommandContext): Promise<void>;
}
