import { EMPTY_FILTERS, filtersFromParams, matchesFilters } from './board-filters';
import { upsertIntoPage } from './board-upsert';
import { aCommitmentView } from './commitment-view.fixture';

const page = (items = [aCommitmentView()], p = 1) => ({ items, total: items.length, page: p, pageSize: 2 });

describe('matchesFilters', () => {
  const view = aCommitmentView();
  it.each([
    [{}, true],
    [{ status: 'pledged' }, true],
    [{ status: 'stalled' }, false],
    [{ gcmObjective: '6' }, true],
    [{ gcmObjective: '7' }, false],
    [{ sdgTarget: '10.7' }, true],
    [{ country: 'bd' }, true],
    [{ kind: 'city' }, false],
    [{ organisationId: 'org-ca' }, false],
    [{ q: 'MALAYSIA' }, true],
    [{ q: 'bangla' }, true],
    [{ q: 'detention' }, false],
    [{ disputed: 'true' }, false],
  ])('%j -> %s', (f, expected) => expect(matchesFilters(view, { ...EMPTY_FILTERS, ...f })).toBe(expected));

  it('matches a joint commitment for any of its owners, and a disputed one under disputed=true', () => {
    const joint = aCommitmentView({ disputed: true, owners: [...view.owners, { organisationId: 'org-my', name: 'Malaysia', kind: 'state', country: 'MY', status: 'pledged', percent: null }] });
    expect(matchesFilters(joint, { ...EMPTY_FILTERS, organisationId: 'org-my', disputed: 'true' })).toBe(true);
    expect(matchesFilters(joint, { ...EMPTY_FILTERS, organisationId: 'org-ca' })).toBe(false);
  });

  it('reads filters from query params and ignores unknown keys', () => {
    expect(filtersFromParams({ status: 'stalled', nope: 'x' })).toEqual({ ...EMPTY_FILTERS, status: 'stalled' });
  });
});

describe('upsertIntoPage', () => {
  it('replaces a row in place when the version is newer', () => {
    const next = aCommitmentView({ version: 2, latestPercent: 40, status: 'in_progress' });
    const r = upsertIntoPage(page(), next, EMPTY_FILTERS);
    expect(r.outcome).toBe('updated');
    expect(r.page.items[0].latestPercent).toBe(40);
  });

  it('ignores a stale version', () => {
    const r = upsertIntoPage(page([aCommitmentView({ version: 3 })]), aCommitmentView({ version: 2 }), EMPTY_FILTERS);
    expect(r.outcome).toBe('ignored');
  });

  it('inserts a new matching commitment at the top of page 1 and keeps the page size', () => {
    const r = upsertIntoPage(page([aCommitmentView({ id: 'a' }), aCommitmentView({ id: 'b' })]), aCommitmentView({ id: 'new' }), EMPTY_FILTERS);
    expect(r.outcome).toBe('inserted');
    expect(r.page.items.map((c) => c.id)).toEqual(['new', 'a']);
    expect(r.page.total).toBe(3);
  });

  it('does not insert on later pages or when filters exclude it', () => {
    expect(upsertIntoPage(page([], 2), aCommitmentView({ id: 'n' }), EMPTY_FILTERS).outcome).toBe('ignored');
    expect(upsertIntoPage(page([]), aCommitmentView({ id: 'n' }), { ...EMPTY_FILTERS, status: 'stalled' }).outcome).toBe('ignored');
  });

  it('removes a row that no longer matches', () => {
    const r = upsertIntoPage(page(), aCommitmentView({ version: 2, status: 'in_progress' }), { ...EMPTY_FILTERS, status: 'pledged' });
    expect(r.outcome).toBe('removed');
    expect(r.page.items).toEqual([]);
    expect(r.page.total).toBe(0);
  });
});
