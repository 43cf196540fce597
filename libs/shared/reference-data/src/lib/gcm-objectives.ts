import data from '../data/gcm-objectives.json';

export interface GcmObjective {
  number: number;
  title: string;
  short: string;
}

/** The 23 objectives of the Global Compact for Migration (A/RES/73/195, para. 16). */
export const GCM_OBJECTIVES: readonly GcmObjective[] = data.objectives;
