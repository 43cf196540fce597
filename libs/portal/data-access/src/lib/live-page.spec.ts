// LivePage reaches the i18n service (error texts), whose Angular decorators need the JIT compiler under jest.
import '@angular/compiler';
import { ApiError } from './api-error';
import { LivePage } from './live-page';
import { ServerPage } from './page';

const pageOf = (items: string[], page = 1): ServerPage<string> => ({ items, total: items.length, page, pageSize: 20 });

describe('LivePage', () => {
  it('starts empty and not loading, then holds the page loaded', async () => {
    const live = new LivePage<string>();
    expect([live.items(), live.loading(), live.empty()]).toEqual([[], false, true]);
    const loading = live.load(async () => pageOf(['a', 'b']));
    expect(live.loading()).toBe(true);
    await loading;
    expect([live.items(), live.loading(), live.empty(), live.error()]).toEqual([['a', 'b'], false, false, null]);
  });

  it('drops the answer to an older load when a newer one started meanwhile', async () => {
    let answerFirst!: (page: ServerPage<string>) => void;
    const live = new LivePage<string>();
    const first = live.load(() => new Promise((resolve) => (answerFirst = resolve)));
    await live.load(async () => pageOf(['newer filter'], 1));
    answerFirst(pageOf(['older filter']));
    await first;
    expect([live.items(), live.loading()]).toEqual([['newer filter'], false]);
  });

  it('keeps the page it had and says what went wrong when a load fails; a stale failure says nothing', async () => {
    const live = new LivePage<string>();
    await live.load(async () => pageOf(['kept']));
    await live.load(() => Promise.reject(new ApiError(503, 'the database is restarting')));
    expect(live.items()).toEqual(['kept']);
    expect(live.error()).toEqual(expect.any(String));
    expect(live.empty()).toBe(false);

    let failOld!: (e: unknown) => void;
    const old = live.load(() => new Promise((_, reject) => (failOld = reject)));
    await live.load(async () => pageOf(['fresh']));
    failOld(new ApiError(500, 'late'));
    await old;
    expect([live.items(), live.error()]).toEqual([['fresh'], null]);
  });
});
