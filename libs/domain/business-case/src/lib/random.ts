/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32, Tommy Ettinger's 32-bit generator (public domain, 2017;
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).
 * Small, fast and statistically adequate for a few million draws; not for
 * cryptography. The seed is taken modulo 2^32. Its state only adds a
 * constant per draw, so `skip` draws are jumped over at once: the generator
 * then starts at draw `skip` of the seed's sequence.
 */
export function mulberry32({
  seed,
  skip = 0,
}: {
  seed: number;
  skip?: number;
}): Random {
  // (seed + skip × 0x6d2b79f5) mod 2^32; Math.imul keeps the low 32 bits.
  let state = ((seed >>> 0) + (Math.imul(skip >>> 0, 0x6d2b79f5) >>> 0)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A draw from the triangular distribution (min, mode, max) by inverting its
 * CDF at `u` in [0, 1): below the mode's CDF value F = (mode − min)/(max − min)
 * the draw is min + √(u (max − min)(mode − min)), above it
 * max − √((1 − u)(max − min)(max − mode)).
 */
export function triangular({
  min,
  mode,
  max,
  u,
}: {
  min: number;
  mode: number;
  max: number;
  u: number;
}): number {
  const width = max - min;
  if (width === 0) return mode;
  const modeCdf = (mode - min) / width;
  return u < modeCdf
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode));
}
