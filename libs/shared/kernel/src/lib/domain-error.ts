import { BusinessRule } from './business-rule';

/** A business rule refused a change. Maps to 422 (or 409 for state conflicts) at the edge. */
export class BusinessRuleViolation extends Error {
  readonly rule: string;
  readonly field?: string;
  constructor(rule: BusinessRule) {
    super(rule.message);
    this.name = 'BusinessRuleViolation';
    this.rule = rule.name;
    this.field = rule.field;
  }
}

/** The thing asked for does not exist, or the caller may not know it exists. Maps to 404. */
export class NotFound extends Error {
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} was not found`);
    this.name = 'NotFound';
  }
}

/** Optimistic concurrency: someone else changed the aggregate first. Maps to 409. */
export class VersionConflict extends Error {
  constructor(readonly aggregateId: string, readonly expected: number, readonly current: number) {
    super(`expected version ${expected} but the current version is ${current}`);
    this.name = 'VersionConflict';
  }
}

/** Input that breaks a rule before any aggregate is involved. Maps to 400 with the field named. */
export class InvalidInput extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'InvalidInput';
  }
}

/** The caller is known but may not do this. Maps to 403. */
export class Forbidden extends Error {
  constructor(message = 'you may not do this for that organisation') {
    super(message);
    this.name = 'Forbidden';
  }
}
