export const MOVEMENT_KINDS = ['evacuated', 'in_transit', 'returned', 'reintegration_support'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** How many people of one nationality the operation means to move. */
export interface NationalityTarget {
  nationality: string;
  count: number;
}

export type MovementTotals = Record<string, Record<MovementKind, number>>;
