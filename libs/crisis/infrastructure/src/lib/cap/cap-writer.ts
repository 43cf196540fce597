import { AlertArea, AlertInfo, CrisisAlertState, capDateTime } from '@accord/crisis/domain';
import { CAP_NAMESPACE } from './cap-message';
import { escapeXml } from './xml-text';

const el = (name: string, value: string | null | undefined, indent: string): string => (value ? `${indent}<${name}>${escapeXml(value)}</${name}>\n` : '');

/**
 * One CAP 1.2 message for the alert as it stands at `version`, elements in the schema's order.
 * Version 1 of an imported alert exports as the message it came from; later versions are Updates
 * (or a Cancel) with their own identifier that reference the first message.
 */
export function writeCapAlert(state: CrisisAlertState, version: number): string {
  const first = version <= 1 && state.status === 'open';
  const c = state.cap;
  const msgType = state.status === 'closed' && state.closeReason === 'cancelled' ? 'Cancel' : first ? c.msgType : 'Update';
  const identifier = first ? c.identifier : `${c.identifier}.v${version}`;
  const sent = first ? c.sent : capDateTime(new Date(state.updatedAt));
  const references = first ? c.references : `${c.sender},${c.identifier},${c.sent}`;
  const head =
    el('identifier', identifier, '  ') + el('sender', c.sender, '  ') + el('sent', sent, '  ') + el('status', c.status, '  ') + el('msgType', msgType, '  ') +
    el('source', state.sources.join('; '), '  ') + el('scope', c.scope, '  ') + el('references', references, '  ');
  const infos = state.infos.map((info) => infoBlock(state, info)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="${CAP_NAMESPACE}">\n${head}${infos}</alert>\n`;
}

function infoBlock(state: CrisisAlertState, info: AlertInfo): string {
  const i = '    ';
  const areas = state.areas.map((a, n) => areaBlock(a, info.areaNames[n] || a.name)).join('');
  return (
    `  <info>\n${el('language', info.language, i)}${state.categories.map((cat) => el('category', cat, i)).join('')}` +
    el('event', info.event, i) + el('urgency', state.urgency, i) + el('severity', state.severity, i) + el('certainty', state.certainty, i) +
    el('senderName', state.issuer.name, i) + el('headline', info.headline, i) + el('description', info.description, i) + el('instruction', info.instruction, i) +
    `${areas}  </info>\n`
  );
}

function areaBlock(area: AlertArea, name: string): string {
  const i = '      ';
  return `    <area>\n${el('areaDesc', name, i)}${area.polygons.map((p) => el('polygon', p, i)).join('')}${area.circles.map((c) => el('circle', c, i)).join('')}    </area>\n`;
}
