/** The EventTransport the module uses (embedded by default, Kafka when the app passes a factory). */
export const EVENT_TRANSPORT = Symbol('EVENT_TRANSPORT');
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
