import { BadRequestException, ValidationError } from '@nestjs/common';
import { FieldProblem } from './error-body';

/** class-validator's nested errors, flattened to `field.path: message` pairs people can act on. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: message.replace(/^property (\S+) should not exist$/, 'is not accepted here') }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

export class ValidationFailed extends BadRequestException {
  constructor(readonly fields: FieldProblem[]) {
    super({ message: `invalid input: ${fields.map((f) => f.field).filter((f, i, all) => all.indexOf(f) === i).join(', ')}`, fields });
  }
}
