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

export type WebhookEvent = { type: 'WebhookRegistered'; data: WebhookRegisteredData } | { type: 'WebhookStatusChanged'; data: WebhookStatusChangedData };
