import { BusinessRule } from '@accord/shared/kernel';

export class DueDateMustBeInTheFuture implements BusinessRule {
  readonly name = 'DueDateMustBeInTheFuture';
  readonly field = 'dueDate';
  readonly message = 'the due date must be a real calendar date after today';
  constructor(private readonly dueDate: string, private readonly today: Date) {}
  isBroken(): boolean {
    const due = new Date(`${this.dueDate}T00:00:00Z`);
    if (Number.isNaN(due.getTime()) || due.toISOString().slice(0, 10) !== this.dueDate) return true;
    return this.dueDate <= this.today.toISOString().slice(0, 10);
  }
}
