// The one way the CLI prints JSON for machines: indented, with non-finite numbers spelled out as strings
// ("Infinity", "NaN") so nothing is silently turned into null, as docs/cli.md promises.

/** JSON text of a value with non-finite numbers written as strings, ending in a newline. */
export function machineJson(value: unknown): string {
  const replacer = (_key: string, entry: unknown) =>
    typeof entry === 'number' && !Number.isFinite(entry) ? String(entry) : entry;
  return `${JSON.stringify(value, replacer, 2)}\n`;
}
