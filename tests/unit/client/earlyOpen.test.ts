/**
 * A workshop link starts opening with the page: once, for its own workshop, with the link's token, and
 * the route takes that opening instead of starting a second one.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';

const openWorkshop = vi.fn(async (workshopId: string, token: string | null) => ({
  ok: false as const,
  failure: token ? ('unreachable' as const) : ('no_token' as const),
  workshopId,
}));
vi.mock('../../../client/sync/openWorkshop', () => ({ openWorkshop }));

const { hasEarlyOpen, openEarly, takeEarlyOpen } = await import('../../../client/workshop/earlyOpen');

afterEach(() => {
  vi.unstubAllGlobals();
  openWorkshop.mockClear();
});

describe('openEarly', () => {
  test('a /w/ link opens its workshop with the token of its fragment, handed out once', async () => {
    vi.stubGlobal('location', { hash: '#token=abc123' });
    openEarly('/w/ws-42');
    expect(hasEarlyOpen('ws-42')).toBe(true);
    expect(hasEarlyOpen('other')).toBe(false);
    expect(takeEarlyOpen('other')).toBeNull();
    const opening = takeEarlyOpen('ws-42');
    expect(opening).not.toBeNull();
    expect(await opening).toMatchObject({ ok: false, failure: 'unreachable' });
    expect(openWorkshop).toHaveBeenCalledWith('ws-42', 'abc123');
    expect(takeEarlyOpen('ws-42')).toBeNull();
    expect(hasEarlyOpen('ws-42')).toBe(false);
  });

  test('other pages start nothing', () => {
    vi.stubGlobal('location', { hash: '' });
    for (const path of ['/', '/j', '/aide', '/w/', '/w/a/b']) openEarly(path);
    expect(openWorkshop).not.toHaveBeenCalled();
    expect(hasEarlyOpen('a')).toBe(false);
  });
});
