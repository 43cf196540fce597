/**
 * Who owns a commitment, as learnt from the commitments stream (CommitmentLogged): this context never
 * reads the commitments tables. Null when no such commitment has reached us (yet).
 */
export abstract class CommitmentOwners {
  /** The owner first, then the co-owners of a joint commitment (CommitmentCoOwnerAdded). */
  abstract ownersOf(commitmentId: string): Promise<readonly string[] | null>;
}
