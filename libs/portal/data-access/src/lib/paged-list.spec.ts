// PagedList reaches the i18n service (error texts), whose Angular decorators need the JIT compiler under jest.
import '@angular/compiler';
import { ApiError } from './api-error';
import { ServerPage } from './page';
import { PagedList } from './paged-list';

const pageOf = (items: string[], page = 1, total = items.length): ServerPage<string> => ({ items, total, page, pageSize: 10 });

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('PagedList', () => {
  it('shows the page asked for, with its total, and says when it is empty', async () => {
    const asked: [number, number][] = [];
    const list = new PagedList<string>(async (page, size) => (asked.push([page, size]), page === 2 ? pageOf(['c'], 2, 3) : pageOf([], 1, 0)), { pageSize: 2 });
    await list.refresh();
    expect(list.empty()).toBe(true);
    await list.goTo(2);
    expect([list.items(), list.total(), list.page(), list.loading(), list.empty()]).toEqual([['c'], 3, 2, false, false]);
    expect(asked).toEqual([[1, 2], [2, 2]]);
  });

  it('drops the answer to an older request when the page changed meanwhile', async () => {
    const slow = deferred<ServerPage<string>>();
    const list = new PagedList<string>((page) => (page === 1 ? slow.promise : Promise.resolve(pageOf(['second page'], 2))));
    const first = list.refresh();
    await list.goTo(2);
    slow.resolve(pageOf(['first page']));
    await first;
    expect([list.items(), list.page(), list.loading()]).toEqual([['second page'], 2, false]);
  });

  it('treats 401/403 as restricted, not as an error, and other failures as an error text', async () => {
    let failure: unknown = new ApiError(403, 'forbidden');
    const list = new PagedList<string>(() => Promise.reject(failure));
    await list.refresh();
    expect([list.restricted(), list.error(), list.empty()]).toEqual([true, null, false]);
    failure = new ApiError(500, 'the server failed');
    await list.refresh();
    expect(list.restricted()).toBe(false);
    expect(list.error()).toEqual(expect.any(String));
  });

  it('hands every wanted page to onPage, and reset forgets everything', async () => {
    const seen: number[] = [];
    const list = new PagedList<string>(async (page) => pageOf(['x'], page, 7), { onPage: (p) => seen.push(p.total) });
    await list.goTo(3);
    list.reset();
    expect([list.items(), list.total(), list.page(), seen]).toEqual([[], 0, 1, [7]]);
  });
});
