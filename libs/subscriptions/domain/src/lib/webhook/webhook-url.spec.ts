import { checkWebhookUrl } from './webhook-url';

describe('checkWebhookUrl', () => {
  const strict = { allowHttpLocal: false };
  const local = { allowHttpLocal: true };

  it('accepts https and reports the host', () => {
    expect(checkWebhookUrl('https://tracker.example.org/hooks/accord', strict)).toEqual({ href: 'https://tracker.example.org/hooks/accord', host: 'tracker.example.org', local: false });
  });

  it.each([
    ['http://tracker.example.org/h', strict, /https/],
    ['http://127.0.0.1:8080/h', strict, /https/],
    ['http://tracker.example.org/h', local, /https/],
    ['ftp://tracker.example.org/h', strict, /https/],
    ['https://user:pw@tracker.example.org/h', strict, /credentials/],
    ['tracker.example.org/h', strict, /valid absolute URL/],
    ['https://' + 'a'.repeat(2000) + '.org', strict, /characters/],
  ])('refuses %s', (url, policy, why) => {
    expect(checkWebhookUrl(url, policy)).toMatch(why);
  });

  it('allows plain http to localhost only with the local flag', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', local)).toEqual({ href: 'http://127.0.0.1:4000/hook', host: '127.0.0.1', local: true });
    expect(checkWebhookUrl('http://[::1]:4000/hook', local)).toEqual(expect.objectContaining({ host: '::1', local: true }));
  });
});
