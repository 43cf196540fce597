import { emptyFieldReportDraft, toFieldObservation, validateFieldReportDraft } from './field-report-draft';

const m = { required: 'required', number: 'number', count: 'count' };

describe('field report draft', () => {
  it('names the fields the browser can check, under the server’s paths', () => {
    const draft = { ...emptyFieldReportDraft(), lat: 'north', incidents: [{ kind: 'robbery', count: '2.5' }] };
    expect(validateFieldReportDraft(draft, m)).toEqual({ 'place.name': 'required', 'place.lat': 'number', observedAt: 'required', 'movements.0.count': 'count', 'incidents.0.count': 'count' });
  });

  it('leaves a latitude without its longitude to the server, and sends numbers, UTC time and no empty note', () => {
    const draft = { ...emptyFieldReportDraft(), placeName: ' Ras Ajdir ', lat: '33.15', observedAt: '2011-03-01T09:00Z', needs: ['water'], movements: [{ direction: 'arriving', sex: 'male', ageBand: 'adult', count: '3' }] };
    expect(validateFieldReportDraft(draft, m)).toEqual({});
    expect(toFieldObservation(draft)).toEqual({
      place: { name: 'Ras Ajdir', lat: 33.15 }, observedAt: '2011-03-01T09:00:00.000Z',
      movements: [{ direction: 'arriving', sex: 'male', ageBand: 'adult', count: 3 }], incidents: [], needs: ['water'],
    });
    expect(toFieldObservation({ ...draft, note: ' seen at the gate ' }).note).toBe('seen at the gate');
  });
});
