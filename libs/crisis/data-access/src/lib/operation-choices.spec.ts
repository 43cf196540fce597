import { RoomCapacityRoute } from './crisis.models';
import { operationChoices } from './operation-choices';

const route = (operationId: string, from: string, to: string): RoomCapacityRoute => ({
  operationId, from, to, offeredSeats: 1, requestedSeats: 0, matchedSeats: 0, confirmedSeats: 0, offers: 1, requests: 0,
});

describe('operationChoices', () => {
  it('keeps the room operations when the viewer is concerned by the alert', () => {
    expect(operationChoices([{ id: 'op-1', name: 'Libya 2011' }], [route('op-2', 'Misrata', 'Benghazi')])).toEqual([{ id: 'op-1', name: 'Libya 2011' }]);
  });

  it('otherwise names each operation of the capacity routes by its routes, once', () => {
    const routes = [route('op-1', 'Djerba', 'Dhaka'), route('op-2', 'Misrata', 'Benghazi'), route('op-1', 'Djerba', 'Manila')];
    expect(operationChoices([], routes)).toEqual([
      { id: 'op-1', name: 'Djerba–Dhaka · Djerba–Manila' },
      { id: 'op-2', name: 'Misrata–Benghazi' },
    ]);
  });

  it('offers nothing when there is neither an operation nor a route', () => {
    expect(operationChoices([], [])).toEqual([]);
  });
});
