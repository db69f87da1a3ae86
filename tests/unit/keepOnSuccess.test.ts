import { describe, expect, it } from 'vitest';
import { keepOnSuccess } from '~/lib/keepOnSuccess';

/** A lookup that answers from a queue of outcomes and counts its calls. */
function lookup(outcomes: (string | Error)[]) {
  const calls: string[] = [];
  const fn = (key: string) => {
    calls.push(key);
    const next = outcomes.shift() ?? 'again';
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { fn, calls };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('keepOnSuccess', () => {
  it('shares one lookup per key, pending or done', async () => {
    const { fn, calls } = lookup(['a', 'b']);
    const get = keepOnSuccess(fn);
    const [x, y] = [get('k'), get('k')];
    expect(x).toBe(y);
    expect(await x).toBe('a');
    expect(await get('k')).toBe('a');
    expect(await get('other')).toBe('b');
    expect(calls).toEqual(['k', 'other']);
  });

  it('forgets a failure, so the next call asks again', async () => {
    const { fn, calls } = lookup([new Error('offline'), 'back']);
    const get = keepOnSuccess(fn);
    await expect(get('k')).rejects.toThrow('offline');
    await settle();
    expect(await get('k')).toBe('back');
    expect(await get('k')).toBe('back');
    expect(calls).toEqual(['k', 'k']);
  });

  it('forgets an answer that `keep` refuses', async () => {
    const { fn, calls } = lookup(['', 'found']);
    const get = keepOnSuccess(fn, (v) => v !== '');
    expect(await get('k')).toBe('');
    await settle();
    expect(await get('k')).toBe('found');
    await settle();
    expect(await get('k')).toBe('found');
    expect(calls).toEqual(['k', 'k']);
  });

  it('keeps a newer lookup when an older one fails late', async () => {
    let fail!: (e: Error) => void;
    const slow = new Promise<string>((_, reject) => (fail = reject));
    const answers = [slow, Promise.resolve('fresh')];
    const get = keepOnSuccess(
      () => answers.shift()!,
      (v) => v !== 'x',
    );
    const first = get('k');
    fail(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await settle();
    const second = get('k');
    expect(await second).toBe('fresh');
    expect(get('k')).toBe(second);
  });
});
