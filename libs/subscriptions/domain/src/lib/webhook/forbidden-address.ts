import { BlockList, isIP } from 'node:net';

// Where a webhook must never point: this host, private networks, link-local (cloud metadata at
// 169.254.169.254 and fd00:ec2::254), carrier-grade NAT, multicast and reserved ranges.
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it carries. */
function unwrap(address: string): { address: string; family: 'ipv4' | 'ipv6' } | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 'ipv4' };
  const v = isIP(address);
  if (v === 4) return { address, family: 'ipv4' };
  if (v === 6) return { address, family: 'ipv6' };
  return null;
}

/** True for anything that is not a public unicast address (unparseable input included: fail closed). */
export function isForbiddenAddress(address: string): boolean {
  const a = unwrap(address);
  return !a || BLOCKED.check(a.address, a.family);
}

export function isLoopbackAddress(address: string): boolean {
  const a = unwrap(address);
  return !!a && LOOPBACK.check(a.address, a.family);
}
