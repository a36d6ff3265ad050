import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../src/build/collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees an object nothing refers to any more', async () => {
    let garbage: { bytes: Uint8Array } | undefined = { bytes: new Uint8Array(1 << 20) };
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef keeps its target alive until the current job ends.
    await nextTurn();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('can be called again', () => {
    expect(() => { collectGarbage(); collectGarbage(); }).not.toThrow();
  });
});
