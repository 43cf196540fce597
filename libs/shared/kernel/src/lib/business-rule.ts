/** A named invariant. `isBroken` is pure; `message` says to a person what was refused and why. */
export interface BusinessRule {
  readonly name: string;
  readonly message: string;
  /** The input field the rule is about, when there is one: shown to people next to that field. */
  readonly field?: string;
  isBroken(): boolean;
}
