import 'reflect-metadata';
import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { GATEWAY_METADATA, GATEWAY_OPTIONS, MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { IS_PUBLIC_KEY, PERMISSION_KEY } from '@accord/shared/auth';

/** One HTTP route or socket.io message handler, with the access metadata the AuthGuard reads. */
export interface RouteEntry {
  /** `GET`, `POST`, … or `WS` for a socket.io message. */
  method: string;
  /** `/api/commitments/:id/progress`, or `/live join` for a socket.io message. */
  path: string;
  /** `Controller.handler`: where to add the missing decorator. */
  handler: string;
  isPublic: boolean;
  permission: string | null;
}

type ModuleRef = Type<unknown> | { module: Type<unknown>; imports?: unknown[]; controllers?: Type<unknown>[]; providers?: unknown[] } | { forwardRef: () => unknown };

/**
 * Every route of an app, read from Nest's own metadata by walking the module graph from its root
 * modules (static and dynamic imports alike), so controllers added later are found without a list.
 */
export function collectRoutes(roots: readonly unknown[]): RouteEntry[] {
  const seenModules = new Set<unknown>();
  const classes = new Set<Type<unknown>>();
  const visit = (ref: unknown): void => {
    const resolved = resolve(ref as ModuleRef);
    if (!resolved || seenModules.has(ref)) return;
    seenModules.add(ref);
    const { type, dynamic } = resolved;
    const meta = (key: string): unknown[] => [...((Reflect.getMetadata(key, type) as unknown[] | undefined) ?? []), ...(((dynamic as Record<string, unknown[] | undefined> | null)?.[key]) ?? [])];
    for (const c of meta(MODULE_METADATA.CONTROLLERS)) classes.add(c as Type<unknown>);
    for (const p of meta(MODULE_METADATA.PROVIDERS)) if (typeof p === 'function' && Reflect.getMetadata(GATEWAY_METADATA, p)) classes.add(p as Type<unknown>);
    for (const i of meta(MODULE_METADATA.IMPORTS)) visit(i);
  };
  roots.forEach(visit);
  return [...classes].flatMap(routesOf).sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function resolve(ref: ModuleRef | null | undefined): { type: Type<unknown>; dynamic: object | null } | null {
  if (!ref) return null;
  if (typeof ref === 'function') return { type: ref, dynamic: null };
  if ('forwardRef' in ref) return resolve(ref.forwardRef() as ModuleRef);
  if ('module' in ref) return { type: ref.module, dynamic: ref };
  return null;
}

function routesOf(cls: Type<unknown>): RouteEntry[] {
  const proto = cls.prototype as Record<string, unknown>;
  const names = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor' && typeof proto[n] === 'function');
  const gateway = Reflect.getMetadata(GATEWAY_METADATA, cls) === true;
  const base = gateway ? String((Reflect.getMetadata(GATEWAY_OPTIONS, cls) as { namespace?: string } | undefined)?.namespace ?? '/') : joinPath(Reflect.getMetadata(PATH_METADATA, cls) as string | string[] | undefined);
  return names.flatMap((name) => {
    const fn = proto[name] as object;
    const access = { isPublic: flag(IS_PUBLIC_KEY, fn, cls), permission: (Reflect.getMetadata(PERMISSION_KEY, fn) ?? Reflect.getMetadata(PERMISSION_KEY, cls) ?? null) as string | null, handler: `${cls.name}.${name}` };
    if (gateway) {
      if (!Reflect.getMetadata(MESSAGE_MAPPING_METADATA, fn)) return [];
      return [{ method: 'WS', path: `${base} ${String(Reflect.getMetadata(MESSAGE_METADATA, fn))}`, ...access }];
    }
    const method = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
    const paths = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
    if (method === undefined || paths === undefined) return [];
    return (Array.isArray(paths) ? paths : [paths]).map((p) => ({ method: RequestMethod[method], path: joinPath([base, p]), ...access }));
  });
}

function flag(key: string, fn: object, cls: Type<unknown>): boolean {
  return (Reflect.getMetadata(key, fn) ?? Reflect.getMetadata(key, cls) ?? false) === true;
}

function joinPath(parts: string | (string | undefined)[] | undefined): string {
  const list = Array.isArray(parts) ? parts : [parts];
  const joined = list.filter((p): p is string => !!p && p !== '/').map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return `/${joined}`;
}
