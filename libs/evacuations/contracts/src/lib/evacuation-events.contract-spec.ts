import { EVACUATION_EVENT_SCHEMAS } from './evacuation-event-schemas';

// The published language of the evacuations context: a change here breaks consumers in other services.
describe('evacuations contracts', () => {
  it('keeps the event schemas stable', () => {
    expect(EVACUATION_EVENT_SCHEMAS).toMatchSnapshot();
  });
});
