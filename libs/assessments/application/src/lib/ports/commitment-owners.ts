/**
 * Who owns a commitment, as learnt from the commitments stream (CommitmentLogged): this context never
 * reads the commitments tables. Null when no such commitment has reached us (yet).
 */
export abstract class CommitmentOwners {
  abstract ownerOf(commitmentId: string): Promise<string | null>;
}
