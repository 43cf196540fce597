export interface WebhookRegisteredData {
  webhookId: string;
  organisationId: string;
  streams: string[];
  eventTypes: string[];
  targetCount: number;
  registeredAt: string;
}

export interface WebhookStatusChangedData {
  webhookId: string;
  organisationId: string;
  active: boolean;
  changedAt: string;
}

/** The new secret is never in the event: only that it changed, and when. */
export interface WebhookSecretRotatedData {
  webhookId: string;
  organisationId: string;
  rotatedAt: string;
}

export type WebhookEvent =
  | { type: 'WebhookRegistered'; data: WebhookRegisteredData }
  | { type: 'WebhookStatusChanged'; data: WebhookStatusChangedData }
  | { type: 'WebhookSecretRotated'; data: WebhookSecretRotatedData };
