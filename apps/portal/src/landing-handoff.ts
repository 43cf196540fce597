/**
 * The server sends the landing page with the board's first API answers inside (a JSON block) and the
 * first rows drawn as plain HTML (libs/shared/http PortalLanding). On a slow link that saves the round
 * trips the app would otherwise make after its code has arrived.
 */

// Past this the app is not starting up any more: an answer nobody took is stale, the network decides.
const FRESH_FOR_MS = 30_000;

/** Each embedded answer serves the first anonymous GET of its URL, once, while fresh; everything else goes out. */
export function useEmbeddedAnswers(doc: Document, win: Window & typeof globalThis): void {
  const block = doc.getElementById('accord-preloaded');
  if (!block?.textContent) return;
  let answers: Map<string, unknown>;
  try {
    answers = new Map(Object.entries(JSON.parse(block.textContent) as Record<string, unknown>));
  } catch (error) {
    console.warn('ignoring the embedded API answers', error);
    return;
  }
  block.remove();
  win.setTimeout(() => answers.clear(), FRESH_FOR_MS);
  const network = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : null;
    const anonymousGet = (init?.method ?? 'GET') === 'GET' && !new Headers(init?.headers).has('authorization');
    if (url !== null && anonymousGet && answers.has(url)) {
      const body = answers.get(url);
      answers.delete(url);
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
    }
    return network(input, init);
  };
}

/** Removes the server-drawn rows once the app shows its own board (rows, empty, error) or another page. */
export function retireFirstPaint(doc: Document): void {
  const firstPaint = doc.getElementById('accord-first-paint');
  if (!firstPaint) return;
  const landing = doc.location.pathname;
  const done = () => doc.querySelector('acc-root [data-testid="board-item"], acc-root [data-testid="board-empty"], acc-root [data-testid="board-error"]') !== null || doc.location.pathname !== landing;
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    firstPaint.remove();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
}
