import { OperationChoice, RoomCapacityRoute } from './crisis.models';

/**
 * The evacuation operations a capacity form offers: the room's when the viewer is concerned by the alert;
 * otherwise (a State that only offers a ferry) the operations its capacity routes name, called by their routes.
 */
export function operationChoices(known: readonly OperationChoice[], routes: readonly RoomCapacityRoute[]): OperationChoice[] {
  if (known.length) return [...known];
  const byOperation = new Map<string, string[]>();
  for (const r of routes) byOperation.set(r.operationId, [...(byOperation.get(r.operationId) ?? []), `${r.from}–${r.to}`]);
  return [...byOperation].map(([id, names]) => ({ id, name: names.join(' · ') }));
}
