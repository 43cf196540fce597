export const ALERT_KINDS = ['conflict', 'civil_unrest', 'natural_hazard', 'other'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** CAP 1.2 value lists (OASIS CAP 1.2 §3.2.2). */
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;
export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
export type CapSeverity = (typeof CAP_SEVERITIES)[number];
export type CapUrgency = (typeof CAP_URGENCIES)[number];
export type CapCertainty = (typeof CAP_CERTAINTIES)[number];
export type CapStatus = (typeof CAP_STATUSES)[number];
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];
export type CapScope = (typeof CAP_SCOPES)[number];
export type CapCategory = (typeof CAP_CATEGORIES)[number];

export interface AlertArea {
  name: string;
  /** CAP polygons: "lat,lon lat,lon …", first point repeated last. */
  polygons: string[];
  /** CAP circles: "lat,lon radiusKm". */
  circles: string[];
}

/** One CAP info block: the alert's text in one language. */
export interface AlertInfo {
  language: string;
  event: string;
  headline: string;
  description: string;
  instruction: string;
  /** Area names in this language, same order as the alert's areas; empty = the alert's names. */
  areaNames: string[];
}

/** Where the alert came from in CAP terms, kept so an imported alert exports as what it was. */
export interface CapOrigin {
  identifier: string;
  sender: string;
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  scope: CapScope;
  references: string | null;
}

export interface CrisisAlertTerms {
  country: string;
  kind: AlertKind;
  severity: CapSeverity;
  urgency: CapUrgency;
  certainty: CapCertainty;
  categories: CapCategory[];
  areas: AlertArea[];
  infos: AlertInfo[];
  sources: string[];
}

export const CLOSE_REASONS = ['cancelled', 'resolved'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export type AlertStatus = 'open' | 'closed';
