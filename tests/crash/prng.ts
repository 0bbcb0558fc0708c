/**
 * A small seeded PRNG (mulberry32): the kill moments and the writer's choices
 * come from a printed seed, so a failing run can be replayed exactly
 * (`ORCHESTRE_CRASH_SEED=… npm run test:crash`).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed from the environment, or a fresh one (printed by the caller). */
export function crashSeed(): number {
  const fromEnv = Number(process.env.ORCHESTRE_CRASH_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31) + 1;
}
