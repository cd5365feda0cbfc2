/**
 * What the source's printing of a value tells us beyond its number. Free of the app's aliases: the build's
 * open-data writer (src/node/) uses it as well as the pages.
 */

/** How many decimals the source prints in a value: "64.0%" → 1, "14,215 千円" → 0. */
export function printedDecimals(printed: string): number {
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(printed)
  return digits?.[1]?.length ?? 0
}
