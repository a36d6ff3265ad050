/**
 * Gives the browser the main thread back between two phases of a search (index loaded, hits
 * found, cards built), so that input and paint are never held up by one task longer than
 * 50 ms on a slow phone (Lighthouse's Total Blocking Time counts every task past that mark).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  // scheduler.yield() resumes ahead of other queued work; setTimeout is the fallback elsewhere.
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
