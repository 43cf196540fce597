/** `KAFKA_BROKERS=host1:9092, host2:9092` → `['host1:9092', 'host2:9092']`; unset or blank → undefined (embedded transport). */
export function kafkaBrokersFromEnv(env: NodeJS.ProcessEnv | Readonly<Record<string, string | undefined>>): string[] | undefined {
  const brokers = (env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return brokers.length > 0 ? brokers : undefined;
}
