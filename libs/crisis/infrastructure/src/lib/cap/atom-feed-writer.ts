import { CrisisAlertState } from '@accord/crisis/domain';
import { escapeXml } from './xml-text';

export interface FeedEntry {
  id: string;
  state: CrisisAlertState;
}

/** An Atom 1.0 feed of open alerts, each linking to its CAP message (the usual CAP feed shape). */
export function writeAtomFeed(entries: readonly FeedEntry[], updated: Date): string {
  const items = entries.map(({ id, state }) => {
    const info = state.infos[0];
    return (
      `  <entry>\n    <id>urn:uuid:${id}</id>\n    <title>${escapeXml(info.headline || info.event)}</title>\n` +
      `    <updated>${new Date(state.updatedAt).toISOString()}</updated>\n    <published>${new Date(state.raisedAt).toISOString()}</published>\n` +
      `    <author><name>${escapeXml(state.issuer.name)}</name></author>\n` +
      `    <category term="${escapeXml(state.kind)}"/>\n    <summary>${escapeXml(info.description.slice(0, 1000))}</summary>\n` +
      `    <link rel="alternate" type="application/cap+xml" href="/api/crisis-alerts/${id}/cap"/>\n  </entry>\n`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <id>urn:accord:crisis-alerts</id>\n` +
    `  <title>Accord crisis alerts (CAP 1.2)</title>\n  <updated>${updated.toISOString()}</updated>\n` +
    `  <link rel="self" type="application/atom+xml" href="/api/crisis-alerts/feed.atom"/>\n${items.join('')}</feed>\n`
  );
}
