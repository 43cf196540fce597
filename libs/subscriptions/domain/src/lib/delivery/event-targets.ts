import { FollowTarget } from '../follow/follow-target';

const COMMITMENT_KEYS = ['commitmentId', 'commitmentIds'];
const RECOMMENDATION_KEYS = ['recommendationId', 'recommendationIds'];
const ORGANISATION_KEYS = ['organisationId', 'secretariatId', 'addresseeId', 'addresseeIds', 'commitmentOwnerId', 'ownerOrganisationId'];
const NESTED_ORGANISATIONS = ['owner', 'coOwner', 'city', 'assessor'];

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The followable things a public event is about, read from the ids the published contracts carry
 * (commitmentId, recommendationIds, owner.organisationId …). Events carry ids only, so this is all
 * a follower can be told about, and all a filter can match on.
 */
export function targetsOfEvent(payload: unknown): FollowTarget[] {
  if (typeof payload !== 'object' || payload === null) return [];
  const p = payload as Record<string, unknown>;
  const found = new Map<string, FollowTarget>();
  const add = (kind: FollowTarget['kind'], ids: string[]) => ids.forEach((id) => found.set(`${kind}:${id}`, { kind, id }));
  COMMITMENT_KEYS.forEach((k) => add('commitment', strings(p[k])));
  RECOMMENDATION_KEYS.forEach((k) => add('recommendation', strings(p[k])));
  ORGANISATION_KEYS.forEach((k) => add('organisation', strings(p[k])));
  for (const k of NESTED_ORGANISATIONS) {
    const nested = p[k];
    if (typeof nested === 'object' && nested !== null) add('organisation', strings((nested as Record<string, unknown>)['organisationId']));
  }
  return [...found.values()];
}
