import { createHash } from 'node:crypto';
import { EventEnvelope } from '@accord/shared/contracts';
import { canonicalJson } from './canonical-json';

/** The first event of an aggregate's stream chains to this. */
export const GENESIS_HASH = '0'.repeat(64);

/** sha256(previous hash ‖ canonical envelope): changing any stored event breaks every later link. */
export function eventHash(prevHash: string, envelope: EventEnvelope): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(envelope)).digest('hex');
}
