/**
 * Exact rational arithmetic for evaluation totals (BigInt numerator and denominator).
 *
 * Every input of a total is a ratio of integers: weights in hundredths, whole-number scores, means of
 * whole numbers, prices in cents. Computing with fractions keeps totals exact, so rounding to the cent
 * happens once, at display, and ties are real ties rather than floating-point accidents.
 */

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

const TWO_POW_53 = 2n ** 53n;

export class Fraction {
  /** Always reduced, with a positive denominator. */
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    if (d === 0n) throw new RangeError('Division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    this.n = g > 1n ? n / g : n;
    this.d = g > 1n ? d / g : d;
  }

  static readonly ZERO = new Fraction(0n, 1n);
  static readonly ONE = new Fraction(1n, 1n);

  /** From integers (safe integers or bigints). */
  static of(n: number | bigint, d: number | bigint = 1n): Fraction {
    const toBig = (v: number | bigint) => {
      if (typeof v === 'bigint') return v;
      if (!Number.isSafeInteger(v)) throw new RangeError(`${v} is not a safe integer`);
      return BigInt(v);
    };
    return new Fraction(toBig(n), toBig(d));
  }

  /**
   * From a finite number, read as the decimal it prints as (1234.56 -> 123456/100), which is what a
   * person typed; spreadsheet formulas start from the same typed value.
   */
  static fromDecimal(value: number): Fraction {
    if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
    if (!match) throw new RangeError(`${value} cannot be read as a decimal`);
    const [, sign, whole, decimals = '', exponent = '0'] = match;
    let n = BigInt(`${whole}${decimals}`);
    let d = 10n ** BigInt(decimals.length);
    const e = Number(exponent);
    if (e > 0) n *= 10n ** BigInt(e);
    if (e < 0) d *= 10n ** BigInt(-e);
    return new Fraction(sign === '-' ? -n : n, d);
  }

  add(o: Fraction): Fraction {
    return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  sub(o: Fraction): Fraction {
    return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  mul(o: Fraction): Fraction {
    return new Fraction(this.n * o.n, this.d * o.d);
  }

  div(o: Fraction): Fraction {
    if (o.n === 0n) throw new RangeError('Division by zero');
    return new Fraction(this.n * o.d, this.d * o.n);
  }

  cmp(o: Fraction): -1 | 0 | 1 {
    const left = this.n * o.d;
    const right = o.n * this.d;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  eq(o: Fraction): boolean {
    return this.cmp(o) === 0;
  }

  lt(o: Fraction): boolean {
    return this.cmp(o) < 0;
  }

  gte(o: Fraction): boolean {
    return this.cmp(o) >= 0;
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  static min(a: Fraction, b: Fraction): Fraction {
    return a.cmp(b) <= 0 ? a : b;
  }

  static max(a: Fraction, b: Fraction): Fraction {
    return a.cmp(b) >= 0 ? a : b;
  }

  static sum(values: readonly Fraction[]): Fraction {
    return values.reduce((total, v) => total.add(v), Fraction.ZERO);
  }

  /** The nearest double (within one unit in the last place). */
  toNumber(): number {
    let { n, d } = this;
    const abs = (v: bigint) => (v < 0n ? -v : v);
    // Keep both within the exactly representable range, so one correctly rounded division remains.
    while (abs(n) >= TWO_POW_53 || d >= TWO_POW_53) {
      n /= 2n;
      d /= 2n;
      if (d === 0n) return Number(this.n / this.d);
    }
    return Number(n) / Number(d);
  }

  /**
   * Rounded to `decimals` places, half away from zero (what spreadsheets' ROUND does), returned as the
   * nearest double of that decimal (e.g. 71.33 for 71.3333...).
   */
  round(decimals = 2): number {
    const { units, negative, scale } = this.roundedMagnitude(decimals);
    return Number(negative ? -units : units) / Number(scale);
  }

  /** The same rounding as text with exactly `decimals` places: "71.33". */
  toFixed(decimals = 2): string {
    const { units, negative } = this.roundedMagnitude(decimals);
    const text = units.toString().padStart(decimals + 1, '0');
    const body = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
    return negative && units !== 0n ? `-${body}` : body;
  }

  /** The magnitude times 10^decimals, rounded half up, with its sign apart: the digits both roundings give. */
  private roundedMagnitude(decimals: number): { units: bigint; negative: boolean; scale: bigint } {
    const scale = 10n ** BigInt(decimals);
    const scaled = this.n * scale;
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    return { units: (2n * magnitude + this.d) / (2n * this.d), negative, scale };
  }

  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }
}
