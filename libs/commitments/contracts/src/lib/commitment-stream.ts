export const COMMITMENT_STREAM = 'accord.commitments.commitment';
