/** Resolves a webhook URL's host and refuses it (InvalidInput on `url`) unless every address is public. */
export abstract class WebhookAddressGuard {
  abstract assertDeliverable(url: string): Promise<void>;
}
