import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Injectable } from '@nestjs/common';

/** DNS as a dependency, so tests can make a name resolve to loopback without a DNS server. */
@Injectable()
export class HostResolver {
  async lookup(host: string): Promise<string[]> {
    if (isIP(host) !== 0) return [host];
    const found = await lookup(host, { all: true, verbatim: true });
    return found.map((a) => a.address);
  }
}
