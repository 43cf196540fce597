export const MOVEMENT_DIRECTIONS = ['arriving', 'departing', 'transiting', 'stranded'] as const;
export const OBSERVED_SEXES = ['female', 'male', 'unknown'] as const;
export const AGE_BANDS = ['child', 'adult', 'older', 'unknown'] as const;
export const PROTECTION_INCIDENT_KINDS = [
  'detention', 'extortion', 'robbery', 'physical_violence', 'sexual_violence', 'kidnapping', 'death', 'family_separation', 'forced_return', 'denial_of_assistance',
] as const;
export const FIELD_NEEDS = ['water', 'food', 'shelter', 'medical', 'protection', 'transport', 'information', 'documentation', 'cash'] as const;
export const FIELD_NOTE_MAX = 500;

export type MovementDirection = (typeof MOVEMENT_DIRECTIONS)[number];
export type ObservedSex = (typeof OBSERVED_SEXES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type ProtectionIncidentKind = (typeof PROTECTION_INCIDENT_KINDS)[number];
export type FieldNeed = (typeof FIELD_NEEDS)[number];

/** Where a monitor observed something: a place name, with coordinates for the map when known. */
export interface ObservedPlace {
  name: string;
  lat: number | null;
  lon: number | null;
}

/** People seen moving, counted by direction, sex and age band: never who they are. */
export interface MovementCount {
  direction: MovementDirection;
  sex: ObservedSex;
  ageBand: AgeBand;
  count: number;
}

export interface IncidentCount {
  kind: ProtectionIncidentKind;
  count: number;
}

export interface FieldObservation {
  place: ObservedPlace;
  observedAt: string;
  movements: MovementCount[];
  incidents: IncidentCount[];
  needs: FieldNeed[];
  note: string | null;
}
