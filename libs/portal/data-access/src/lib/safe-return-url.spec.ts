import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/commitments/1', '/commitments/1'],
    ['/?status=stalled', '/?status=stalled'],
    [null, '/'],
    ['', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['/sign-in?returnUrl=/x', '/'],
  ])('%s -> %s', (raw, expected) => expect(safeReturnUrl(raw)).toBe(expected));
});
