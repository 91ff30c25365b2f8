/** Keys tracked at most; past it the expired ones go, then the oldest, so a flood of made-up emails cannot grow memory. */
const MAX_KEYS = 100_000;

/**
 * Counts attempts per key in fixed windows, in this process's memory (like better-auth's own limiter).
 * `take` returns 0 when the attempt may go on, otherwise the seconds until the window ends.
 */
export function createAttemptCounter(max: number, windowMs: number) {
  const windows = new Map<string, { count: number; startedAt: number }>();

  function makeRoom(now: number) {
    for (const [key, entry] of windows) if (now - entry.startedAt >= windowMs) windows.delete(key);
    for (const key of windows.keys()) {
      if (windows.size < MAX_KEYS) break;
      windows.delete(key);
    }
  }

  return function take(key: string, now = Date.now()): number {
    const entry = windows.get(key);
    if (!entry || now - entry.startedAt >= windowMs) {
      if (!entry && windows.size >= MAX_KEYS) makeRoom(now);
      windows.set(key, { count: 1, startedAt: now });
      return 0;
    }
    if (entry.count >= max) return Math.max(1, Math.ceil((entry.startedAt + windowMs - now) / 1000));
    entry.count++;
    return 0;
  };
}

const takeAccountAttempt = createAttemptCounter(3, 10_000);

/**
 * Sign-in attempts per account: three in ten seconds, better-auth's rule per client address. An account
 * is something a client cannot forge its way around, unlike the address headers it sends.
 */
export function takeSignInAttempt(email: string, now?: number): number {
  return takeAccountAttempt(email.trim().toLowerCase(), now);
}
