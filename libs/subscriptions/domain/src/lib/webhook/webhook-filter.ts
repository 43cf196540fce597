import { InvalidInput } from '@accord/shared/kernel';
import { FollowTarget, isFollowTargetKind, isWellFormedTargetId } from '../follow/follow-target';
import { targetsOfEvent } from '../delivery/event-targets';

/** Which public events a webhook receives. Empty lists mean "any": no filter at all is every public event. */
export interface WebhookFilter {
  readonly streams: readonly string[];
  readonly eventTypes: readonly string[];
  readonly targets: readonly FollowTarget[];
}

export const MAX_FILTER_ITEMS = 50;
const EVENT_TYPE = /^[A-Z][A-Za-z]{2,80}$/;

/** Checks a filter against the streams this platform publishes; 400 naming the field otherwise. */
export function checkWebhookFilter(filter: WebhookFilter, publicStreams: readonly string[]): WebhookFilter {
  const { streams, eventTypes, targets } = filter;
  if (streams.length > MAX_FILTER_ITEMS || eventTypes.length > MAX_FILTER_ITEMS || targets.length > MAX_FILTER_ITEMS) {
    throw new InvalidInput('filter', `a filter lists at most ${MAX_FILTER_ITEMS} streams, event types and targets each`);
  }
  const unknown = streams.find((s) => !publicStreams.includes(s));
  if (unknown !== undefined) throw new InvalidInput('filter.streams', `${String(unknown).slice(0, 100)} is not a public stream (one of ${publicStreams.join(', ')})`);
  const badType = eventTypes.find((t) => typeof t !== 'string' || !EVENT_TYPE.test(t));
  if (badType !== undefined) throw new InvalidInput('filter.eventTypes', 'an event type is a name such as CommitmentLogged');
  const badTarget = targets.find((t) => !isFollowTargetKind(t.kind) || typeof t.id !== 'string' || !isWellFormedTargetId(t.kind, t.id));
  if (badTarget !== undefined) throw new InvalidInput('filter.targets', 'a target is {kind: commitment|recommendation|organisation, id}');
  return { streams: [...new Set(streams)], eventTypes: [...new Set(eventTypes)], targets: targets.map((t) => ({ kind: t.kind, id: t.id })) };
}

export interface FilterableEvent {
  readonly stream: string;
  readonly type: string;
  readonly payload: unknown;
}

/** Every non-empty list of the filter must match (streams AND types AND targets). */
export function filterMatches(filter: WebhookFilter, event: FilterableEvent): boolean {
  if (filter.streams.length > 0 && !filter.streams.includes(event.stream)) return false;
  if (filter.eventTypes.length > 0 && !filter.eventTypes.includes(event.type)) return false;
  if (filter.targets.length === 0) return true;
  const about = targetsOfEvent(event.payload);
  return filter.targets.some((t) => about.some((a) => a.kind === t.kind && a.id === t.id));
}
