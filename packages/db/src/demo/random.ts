import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random generator (sfc32, 128-bit state): the demo data must be the
 * same on every machine and every run, so nothing here touches Math.random.
 * Its members are closures, not methods: they use no `this`, so they may be passed around alone.
 */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max] (both included). */
  readonly int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** One item, chosen with the given relative weights. */
  readonly weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  /** True with probability p. */
  readonly chance: (p: number) => boolean;
}

/** 128 bits of seed material from any key (sha256, first 16 bytes). */
function seedWords(key: string): [number, number, number, number] {
  const digest = createHash('sha256').update(key).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
}

/**
 * A generator for one named stream, e.g. `randomFor(seed, 'beneficiary', 17)`. Each
 * record draws from a stream of its own, so record 17 is the same whether 20 or
 * 20,000 records are generated, and chunks can be generated independently.
 */
export function randomFor(...key: readonly (string | number)[]): Random {
  let [a, b, c, d] = seedWords(key.join('\u001f'));
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  // Discard the first outputs: sfc32 mixes its state over a few rounds.
  for (let i = 0; i < 12; i += 1) next();

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new RangeError('weighted pick from an empty list');
      return last[0];
    },
    chance: (p) => next() < p,
  };
  return random;
}

/**
 * A UUID derived from a key, so a record generated twice gets the same id and a
 * second load skips it. Shaped as an RFC 9562 version-8 (custom) UUID.
 */
export function stableUuid(...key: readonly (string | number)[]): string {
  const hex = createHash('sha256')
    .update(`crc-demo\u001f${key.join('\u001f')}`)
    .digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
