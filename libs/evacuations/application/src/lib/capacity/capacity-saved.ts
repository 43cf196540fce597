export interface CapacitySaved {
  id: string;
  version: number;
  /** Matches the platform's matcher proposed at once. */
  matchIds: string[];
}
