import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the landing page (the board, `/`) asks the API for before it can draw its first rows. */
export const LANDING_REQUESTS: readonly string[] = ['/api/commitments?page=1&pageSize=20', '/api/organisations', '/api/reference/gcm-objectives'];

/** The API answers the page would fetch: `inject` runs one through the server's own routes, no socket. */
export type LandingFetch = (url: string) => Promise<{ status: number; body: string }>;

interface BoardRow {
  id: string;
  title: string;
  latestPercent: number | null;
  owners?: { name: string }[];
  ownerOrganisationName?: string;
}

/**
 * The landing page as one response, for a slow phone link (Issue 7: useful within 3 s on Slow 3G):
 * - the stylesheet inlined (one round trip less before anything is drawn);
 * - `modulepreload` of the board route's lazy chunks, found in the build, so they download with the
 *   initial bundle instead of one after the other once the router runs;
 * - the first board page drawn as plain HTML (data only: titles, owners, percent; no UI words, so no
 *   language to choose), which the app replaces when its own rows are drawn;
 * - the anonymous API answers the board would fetch, as a JSON block (`type="application/json"` is not
 *   executed, so the CSP's `script-src 'self'` holds) that the app's fetch takes instead of the network.
 * The HTML is built per request (fresh data; `cache-control: no-cache`). Nothing here is personal.
 */
export class PortalLanding {
  private constructor(private readonly template: string) {}

  /** Reads the build once: the stylesheet to inline and the board route's chunks to preload. */
  static fromBuild(root: string, html: string): PortalLanding {
    let template = html.replace(/<link rel="stylesheet" href="([^"]+\.css)"[^>]*>/, (tag, href: string) => {
      const file = join(root, href);
      return existsSync(file) ? `<style>${readFileSync(file, 'utf8').replace(/<\/style/gi, '<\\/style')}</style>` : tag;
    });
    const preloaded = new Set([...template.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));
    const links = landingChunks(root, template)
      .filter((c) => !preloaded.has(c))
      .map((c) => `<link rel="modulepreload" href="${c}">`)
      .join('');
    template = template.replace('</head>', `${links}</head>`);
    return new PortalLanding(template);
  }

  /** The page with the inlined stylesheet and the preloads, without data. */
  bare(): string {
    return this.template;
  }

  /** The page with the first board rows and the API answers inside; the bare page if the API fails. */
  async render(fetchApi: LandingFetch): Promise<string> {
    const answers = await Promise.all(LANDING_REQUESTS.map(async (url) => ({ url, ...(await fetchApi(url).catch(() => ({ status: 0, body: '' }))) })));
    const ok = answers.filter((a) => a.status === 200).flatMap((a) => parsed(a.url, a.body));
    if (!ok.length) return this.template;
    const embedded = Object.fromEntries(ok);
    const board = embedded[LANDING_REQUESTS[0]] as { items?: BoardRow[] } | undefined;
    const json = `<script type="application/json" id="accord-preloaded">${JSON.stringify(embedded).replace(/</g, '\\u003c')}</script>`;
    return this.template.replace('</acc-root>', `</acc-root>${firstPaint(board?.items ?? [])}`).replace('</body>', `${json}</body>`);
  }
}

/** The board rows as static HTML, styled like the app's cards closely enough not to jump. */
function firstPaint(items: BoardRow[]): string {
  if (!items.length) return '';
  const rows = items
    .map((c) => {
      const owners = (c.owners?.map((o) => o.name) ?? [c.ownerOrganisationName ?? '']).filter(Boolean).join(', ');
      const percent = c.latestPercent === null ? '' : `<span class="fp-pct">${Number(c.latestPercent)} %</span>`;
      return `<li data-testid="board-first-paint-item"><a href="/commitments/${encodeURIComponent(c.id)}">${escapeHtml(c.title)}</a><span class="fp-own">${escapeHtml(owners)}</span>${percent}</li>`;
    })
    .join('');
  return `<div id="accord-first-paint" aria-busy="true"><style>${FIRST_PAINT_CSS}</style><ul>${rows}</ul></div>`;
}

const FIRST_PAINT_CSS =
  '#accord-first-paint{max-inline-size:72rem;margin-inline:auto;padding:1rem}' +
  '#accord-first-paint ul{list-style:none;margin:0;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr))}' +
  '#accord-first-paint li{display:grid;gap:.3rem;padding:1rem;border:1px solid #c9d1dc;border-radius:8px;background:#fff}' +
  '#accord-first-paint a{font-weight:600;color:#0f3d73}.fp-own{color:#2d3440}.fp-pct{font-variant-numeric:tabular-nums}';

/**
 * The chunks the board route needs: the chunk its `loadChildren` imports (the route with path '' in the
 * built router config) and the chunks that one imports statically, transitively. Empty if the build does
 * not look as expected: the page then works as before, only slower.
 */
export function landingChunks(root: string, html: string): string[] {
  const main = /<script src="(main-[^"]+\.js)" type="module">/.exec(html)?.[1];
  if (!main) return [];
  const entry = /path:"",pathMatch:"full",loadChildren:\(\)=>import\("\.\/(chunk-[A-Za-z0-9_-]+\.js)"\)/.exec(read(root, main))?.[1];
  if (!entry) return [];
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const chunk = queue.shift() as string;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    for (const m of read(root, chunk).matchAll(/(?:^|;|\})import\s*(?:[\w${},\s]+from\s*)?"\.\/(chunk-[A-Za-z0-9_-]+\.js)"/g)) queue.push(m[1]);
  }
  return [...seen];
}

function parsed(url: string, body: string): [string, unknown][] {
  try {
    return [[url, JSON.parse(body) as unknown]];
  } catch {
    return []; // not JSON: the app asks the network for it, as it would without this page
  }
}

function read(root: string, file: string): string {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
