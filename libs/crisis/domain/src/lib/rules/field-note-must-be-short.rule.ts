import { BusinessRule } from '@accord/shared/kernel';
import { FIELD_NOTE_MAX } from '../field-report-terms';

export class FieldNoteMustBeShort implements BusinessRule {
  readonly name = 'FieldNoteMustBeShort';
  readonly field = 'note';
  readonly message = `a note is at most ${FIELD_NOTE_MAX} characters`;
  constructor(private readonly note: string | null) {}

  isBroken(): boolean {
    return (this.note?.length ?? 0) > FIELD_NOTE_MAX;
  }
}
