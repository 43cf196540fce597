import { Injectable } from '@nestjs/common';
import { InvalidInput } from '@accord/shared/kernel';
import { allowHttpLocal, WebhookAddressGuard } from '@accord/subscriptions/application';
import { checkWebhookUrl, isForbiddenAddress, isLoopbackAddress } from '@accord/subscriptions/domain';
import { HostResolver } from './host-resolver';

/**
 * Server-side request forgery guard: a webhook host must resolve, and EVERY address it resolves to
 * must be public. Checked at registration and again before each delivery (the dispatcher then
 * connects to the address that was checked, so a rebinding DNS answer cannot slip in between).
 */
@Injectable()
export class DnsWebhookAddressGuard extends WebhookAddressGuard {
  constructor(private readonly resolver: HostResolver) {
    super();
  }

  async assertDeliverable(url: string): Promise<void> {
    await this.deliverableAddress(url);
  }

  /** The checked address to connect to; InvalidInput on `url` otherwise. */
  async deliverableAddress(url: string): Promise<string> {
    const checked = checkWebhookUrl(url, { allowHttpLocal: allowHttpLocal() });
    if (typeof checked === 'string') throw new InvalidInput('url', checked);
    const addresses = await this.resolver.lookup(checked.host).catch(() => [] as string[]);
    if (addresses.length === 0) throw new InvalidInput('url', `url host ${checked.host} does not resolve`);
    const allowed = (a: string) => !isForbiddenAddress(a) || (checked.local && isLoopbackAddress(a));
    const refused = addresses.find((a) => !allowed(a));
    if (refused !== undefined) throw new InvalidInput('url', `url resolves to ${refused}, a private, loopback or link-local address: webhooks go to public addresses only`);
    return addresses[0];
  }
}
