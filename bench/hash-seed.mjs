// What V8's string-hash secrets cost a Node start, for a given --random-seed.
//
// In Node v20.20 (the Node here; the same V8 code is in Node's main tree) V8 derives three 64-bit
// secrets for its string hash at every isolate creation: from a 64-bit seed it draws
// candidates (balanced bytes, pairwise Hamming distance 32) until each is prime by
// Miller-Rabin with bit-serial modular multiplication. How many rounds that takes
// depends on the seed: ~99 strong-probable-prime rounds on average (~9 million
// instructions, ~3 ms on the benchmark machine), from 36 to over 300. With no flag
// the seed is random, so every start pays a random amount; with --random-seed=N
// (a V8 flag left out of the flag hash, so Node's code caches and ours stay valid)
// the seed is a fixed function of N and so is the cost.
//
// This is our model of that derivation (V8's RandomNumberGenerator seeded by N:
// MurmurHash3 finalizer for the state, one xorshift128+ step for the seed; then the
// secret search), checked against callgrind: the rounds counted here times ~94,000
// instructions match HashSeed::InitializeRoots for every seed measured.
//   node bench/hash-seed.mjs [from to]   scan seeds, print the cheapest and the distribution
//   node bench/hash-seed.mjs --seed N    rounds for one seed
const MASK = (1n << 64n) - 1n;

function murmurFinalizer(h) {
  h ^= h >> 33n;
  h = (h * 0xff51afd7ed558ccdn) & MASK;
  h ^= h >> 33n;
  h = (h * 0xc4ceb9fe1a85ec53n) & MASK;
  return h ^ (h >> 33n);
}

/** The 64-bit hash seed V8 takes from its generator seeded with `randomSeed`. */
export function hashSeedOf(randomSeed) {
  const s0 = murmurFinalizer(BigInt.asUintN(64, BigInt(randomSeed)));
  const s1 = murmurFinalizer(~s0 & MASK);
  // one xorshift128+ step: the new state is (s1, x); the output their sum
  let x = s0;
  x ^= (x << 23n) & MASK;
  x ^= x >> 17n;
  x ^= s1;
  x ^= s1 >> 26n;
  return (s1 + x) & MASK;
}

function modPow(a, e, n) {
  let r = 1n;
  a %= n;
  for (; e; e >>= 1n) {
    if (e & 1n) r = (r * a) % n;
    a = (a * a) % n;
  }
  return r;
}

/** One strong-probable-prime round of base a. */
function sprp(n, a) {
  let d = n - 1n;
  let s = 0;
  while (!(d & 1n)) { d >>= 1n; s++; }
  let b = modPow(a, d, n);
  if (b === 1n || b === n - 1n) return true;
  for (let r = 1; r < s; r++) {
    b = (b * b) % n;
    if (b <= 1n) return false;
    if (b === n - 1n) return true;
  }
  return false;
}

const BASES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
// the bytes with exactly four bits set, in increasing order
const BALANCED = [];
for (let b = 0; b < 256; b++) {
  let c = 0;
  for (let v = b; v; v >>= 1) c += v & 1;
  if (c === 4) BALANCED.push(BigInt(b));
}

function popcount(x) {
  let c = 0;
  for (; x; x >>= 1n) c += Number(x & 1n);
  return c;
}

/** Miller-Rabin rounds V8 runs to make the three secrets from a 64-bit hash seed. */
export function secretRounds(hashSeed) {
  let rounds = 0;
  let state = hashSeed;
  const secrets = [];
  const nextRandom = () => {
    state = (state + 0x2d358dccaa6c78a5n) & MASK;
    const p = state * (state ^ 0x8bb84b93962eacc9n);
    return (p & MASK) ^ (p >> 64n);
  };
  while (secrets.length < 3) {
    let v = 0n;
    for (let shift = 0n; shift < 64n; shift += 8n) v |= BALANCED[Number(nextRandom() % BigInt(BALANCED.length))] << shift;
    if (!(v & 1n)) continue;
    if (secrets.some((s) => popcount(s ^ v) !== 32)) continue;
    let prime = true;
    for (const a of BASES) {
      rounds++;
      if (!sprp(v, a)) { prime = false; break; }
    }
    if (prime) secrets.push(v);
  }
  return rounds;
}

/** Rounds a Node start pays with `--random-seed=randomSeed`. */
export const roundsForRandomSeed = (randomSeed) => secretRounds(hashSeedOf(randomSeed));

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--seed') {
    console.log(`--random-seed=${args[1]}: ${roundsForRandomSeed(Number(args[1]))} rounds`);
  } else {
    const [from, to] = [Number(args[0] ?? 1), Number(args[1] ?? 2000)];
    const rows = [];
    for (let s = from; s <= to; s++) rows.push([s, roundsForRandomSeed(s)]);
    const sorted = rows.map((r) => r[1]).sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    console.log(`seeds ${from}-${to}: rounds min ${sorted[0]}, median ${sorted[sorted.length >> 1]}, mean ${mean.toFixed(1)}, max ${sorted[sorted.length - 1]}`);
    console.log('cheapest:', rows.sort((a, b) => a[1] - b[1]).slice(0, 10).map(([s, r]) => `${s} (${r})`).join(', '));
  }
}
