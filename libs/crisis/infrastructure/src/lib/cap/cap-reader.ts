import {
  AlertArea,
  AlertInfo,
  AlertKind,
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MSG_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  CapCategory,
  capDateTime,
} from '@accord/crisis/domain';
import { InvalidInput } from '@accord/shared/kernel';
import { CAP_NAMESPACE, CapImportHints, CapMessage } from './cap-message';
import { readXml, XmlNode } from './safe-xml-reader';
import { decodeXmlText } from './xml-text';

type Element = { [name: string]: XmlNode | XmlNode[] };
const REPEATED = ['info', 'area', 'category', 'polygon', 'circle', 'code', 'responseType', 'eventCode', 'parameter', 'geocode', 'resource'];
const CAP_SENT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/;

/** Reads one CAP 1.2 alert (any prefix, any declared encoding, signature ignored) into alert terms. */
export function readCapAlert(bytes: Uint8Array, hints: CapImportHints): CapMessage {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (!head.includes(CAP_NAMESPACE)) throw new InvalidInput('body', `not a CAP 1.2 message: the root must be alert in ${CAP_NAMESPACE}`);
  const root = readXml(bytes, REPEATED)['alert'];
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw new InvalidInput('body', 'not a CAP 1.2 message: no alert element');
  const alert = root as Element;
  const infos = children(alert, 'info');
  if (infos.length === 0) throw new InvalidInput('body', 'the CAP message has no info block');
  const first = infos[0];
  const areas = children(first, 'area').map(toArea);
  const categories = [...new Set(infos.flatMap((i) => texts(i, 'category')).map((c) => oneOf('category', c, CAP_CATEGORIES)))];
  return {
    cap: {
      identifier: required(alert, 'identifier'),
      sender: required(alert, 'sender'),
      sent: capSent(required(alert, 'sent')),
      status: oneOf('status', required(alert, 'status'), CAP_STATUSES),
      msgType: oneOf('msgType', required(alert, 'msgType'), CAP_MSG_TYPES),
      scope: oneOf('scope', required(alert, 'scope'), CAP_SCOPES),
      references: text(alert, 'references') || null,
    },
    terms: {
      country: hints.country,
      kind: hints.kind ?? kindOf(categories),
      severity: oneOf('severity', required(first, 'severity'), CAP_SEVERITIES),
      urgency: oneOf('urgency', required(first, 'urgency'), CAP_URGENCIES),
      certainty: oneOf('certainty', required(first, 'certainty'), CAP_CERTAINTIES),
      categories,
      areas,
      infos: infos.map((i) => toInfo(i, areas)),
      sources: [text(alert, 'source')].filter(Boolean),
    },
  };
}

function toInfo(info: Element, areas: AlertArea[]): AlertInfo {
  const names = children(info, 'area').map((a) => required(a, 'areaDesc'));
  const same = names.length === areas.length && names.every((n, i) => n === areas[i].name);
  return {
    language: text(info, 'language') || 'en-US',
    event: required(info, 'event'),
    headline: text(info, 'headline'),
    description: text(info, 'description'),
    instruction: text(info, 'instruction'),
    areaNames: same ? [] : names,
  };
}

function toArea(area: Element): AlertArea {
  return { name: required(area, 'areaDesc'), polygons: texts(area, 'polygon'), circles: texts(area, 'circle') };
}

function kindOf(categories: readonly CapCategory[]): AlertKind {
  if (categories.includes('Security')) return 'conflict';
  if (categories.includes('Safety')) return 'civil_unrest';
  if (categories.some((c) => ['Geo', 'Met', 'Env', 'Fire'].includes(c))) return 'natural_hazard';
  return 'other';
}

function capSent(value: string): string {
  if (CAP_SENT.test(value)) return value;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new InvalidInput('sent', `sent is not a date-time: ${value.slice(0, 40)}`);
  return capDateTime(at);
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidInput(field, `${field} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function children(node: Element, name: string): Element[] {
  const value = node[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === 'string' ? {} : (v as Element)));
}

function texts(node: Element, name: string): string[] {
  const value = node[name];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v !== '').map((v) => decodeXmlText(v));
}

function text(node: Element, name: string): string {
  return texts(node, name)[0] ?? '';
}

function required(node: Element, name: string): string {
  const value = text(node, name);
  if (!value) throw new InvalidInput(name, `the CAP message has no ${name}`);
  return value;
}
