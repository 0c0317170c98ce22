/** A whole-number command-line option of at least `min`; otherwise prints what is wrong and exits 2. */
export function wholeNumberOption(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value ?? '') || n < min) {
    console.error(`--${name} must be a whole number of at least ${min}, not "${value}"`);
    process.exit(2);
  }
  return n;
}
