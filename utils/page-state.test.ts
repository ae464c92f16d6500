import { describe, expect, it } from 'vitest';
import { PAGE_STATE, pageState, readPageState } from './page-state';
import type { PageStatus } from './messages';

const status: PageStatus = {
  url: 'https://example.org/a',
  isNews: false,
  readable: true,
  language: 'en',
  score: 0.2,
  signals: ['noProse'],
  leaders: 0,
  claims: 0,
  skippedChars: 0,
  detectMs: 1,
};

describe('page state', () => {
  it('is one object per world, made on first use, that the popup can read by name', () => {
    const world = {};
    expect(pageState(world)).toBe(pageState(world));
    expect(pageState(world).readerLoaded).toBe(false);
    pageState(world).status = status;
    expect((world as Record<string, unknown>)[PAGE_STATE]).toBe(pageState(world));
  });

  it('is never an inherited property, such as a page element the window names', () => {
    const world = Object.create({ [PAGE_STATE]: { readerLoaded: true } }) as object;
    expect(pageState(world).readerLoaded).toBe(false);
    expect(Object.hasOwn(world, PAGE_STATE)).toBe(true);
  });

  it('gives the probe status to executeScript, and null where there is no probe', () => {
    const scope = globalThis as Record<string, unknown>;
    expect(readPageState(PAGE_STATE)).toBe(null);
    pageState().status = status;
    try {
      expect(readPageState(PAGE_STATE)).toEqual({ status, readerLoaded: false });
      // Serialised and run on its own in the page: it needs nothing but its argument.
      const alone = new Function(`return (${readPageState.toString()})(arguments[0]);`) as (
        key: string,
      ) => unknown;
      expect(alone(PAGE_STATE)).toEqual({ status, readerLoaded: false });
    } finally {
      delete scope[PAGE_STATE];
    }
  });
});
