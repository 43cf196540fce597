export abstract class DeliveryLog {
  /** Queues a delivery of this webhook again, now. Throws NotFound when the delivery is not one of the webhook's. */
  abstract resend(webhookId: string, deliveryId: string): Promise<void>;
}
