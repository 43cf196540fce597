import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANDING_REQUESTS, landingChunks, PortalLanding } from './portal-landing';

const HTML =
  '<!doctype html><html><head><title>Accord</title><link rel="stylesheet" href="styles-A.css"></head><body><acc-root></acc-root>' +
  '<link rel="modulepreload" href="chunk-CORE.js"><script src="main-M.js" type="module"></script></body></html>';

function board(items: object[]) {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

describe('the landing page made ready for a slow link', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'accord-landing-'));
    writeFileSync(join(dir, 'styles-A.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'main-M.js'), 'import{a as b}from"./chunk-CORE.js";var r=[{path:"",pathMatch:"full",loadChildren:()=>import("./chunk-BOARD.js").then(e=>e.R)},{path:"x",loadChildren:()=>import("./chunk-OTHER.js")}];');
    writeFileSync(join(dir, 'chunk-BOARD.js'), 'import{a as q,b as de}from"./chunk-SHARED.js";import{c}from"./chunk-CORE.js";export const R=[];');
    writeFileSync(join(dir, 'chunk-SHARED.js'), 'import"./chunk-DEEP.js";export const a=1;');
    writeFileSync(join(dir, 'chunk-DEEP.js'), 'export const d=1;');
    writeFileSync(join(dir, 'chunk-OTHER.js'), 'export const o=1;');
    writeFileSync(join(dir, 'chunk-CORE.js'), 'export const c=1;');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the board route's lazy chunk and what it imports, not the other routes'", () => {
    expect(landingChunks(dir, HTML).sort()).toEqual(['chunk-BOARD.js', 'chunk-CORE.js', 'chunk-DEEP.js', 'chunk-SHARED.js']);
    expect(landingChunks(dir, HTML.replace('main-M.js', 'main-missing.js'))).toEqual([]);
  });

  it('inlines the stylesheet, preloads the board chunks once, embeds the API answers and draws the first rows', async () => {
    const asked: string[] = [];
    const rows = [{ id: 'c-1', title: 'Fair <recruitment> & "fees"', latestPercent: 40, owners: [{ name: 'State BD' }, { name: 'IOM' }] }, { id: 'c-2', title: 'Second', latestPercent: null, ownerOrganisationName: 'State PH' }];
    const page = await PortalLanding.fromBuild(dir, HTML).render(async (url) => {
      asked.push(url);
      return url === LANDING_REQUESTS[0] ? { status: 200, body: JSON.stringify(board(rows)) } : { status: 200, body: '[{"id":"x","name":"</script><b>"}]' };
    });
    expect(asked).toEqual([...LANDING_REQUESTS]);
    expect(page).toContain('<style>body{margin:0}</style>');
    expect(page).not.toContain('styles-A.css');
    expect(page.match(/rel="modulepreload" href="chunk-CORE.js"/g)).toHaveLength(1);
    expect(page).toContain('<link rel="modulepreload" href="chunk-BOARD.js">');
    expect(page).not.toContain('chunk-OTHER.js"><');
    expect(page.match(/data-testid="board-first-paint-item"/g)).toHaveLength(2);
    expect(page).toContain('<a href="/commitments/c-1">Fair &#60;recruitment&#62; &#38; &#34;fees&#34;</a><span class="fp-own">State BD, IOM</span><span class="fp-pct">40 %</span>');
    expect(page).toContain('<a href="/commitments/c-2">Second</a><span class="fp-own">State PH</span></li>');
    // The JSON block cannot be closed early by data: every "<" is escaped.
    const json = /<script type="application\/json" id="accord-preloaded">(.*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ [LANDING_REQUESTS[0]]: board(rows), [LANDING_REQUESTS[1]]: [{ id: 'x', name: '</script><b>' }], [LANDING_REQUESTS[2]]: [{ id: 'x', name: '</script><b>' }] });
  });

  it('serves the page without data when the API fails, and embeds only the answers that worked', async () => {
    const landing = PortalLanding.fromBuild(dir, HTML);
    const bare = await landing.render(async () => ({ status: 503, body: '' }));
    expect(bare).not.toContain('accord-preloaded');
    expect(bare).not.toContain('accord-first-paint');
    expect(bare).toContain('<link rel="modulepreload" href="chunk-BOARD.js">');
    const partial = await landing.render(async (url) => {
      if (url === LANDING_REQUESTS[0]) throw new Error('socket hang up');
      return { status: 200, body: '[]' };
    });
    expect(partial).toContain('accord-preloaded');
    expect(partial).not.toContain('accord-first-paint');
    expect(landing.bare()).toBe(bare);
  });
});
