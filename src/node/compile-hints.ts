/**
 * V8 compiles a function the first time it is called, on the main thread, unless told the script's
 * functions will run as it loads: then it compiles them as the file streams in, on a background thread
 * (explicit compile hints, Chrome 136+; other browsers read a comment). A page's start ran ≈ 30 % of its
 * main-thread time in such lazy compiling (55–80 ms of 175–340 ms on this machine, docs/PERFORMANCE.md):
 * with the hint, 7–12 ms.
 *
 * Hinted: every chunk of ours, since the loader asks only for what a page runs as it starts and the
 * router for what the next page runs. Not hinted: libraries loaded for one feature, whose many functions
 * mostly never run (ECharts draws one chart type; qrcode only makes a code), so compiling them all would
 * cost a phone more than it saves.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** Packages loaded on demand for one feature: compiled function by function as they are used. */
const ON_DEMAND_PACKAGES = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(?:echarts|zrender|qrcode)\//

/** The hint to put first in a chunk (Rolldown's postBanner: after minification, which would drop the comment). */
export function compileHintFor(chunk: { moduleIds: readonly string[] }): string {
  return chunk.moduleIds.some((id) => ON_DEMAND_PACKAGES.test(id)) ? '' : COMPILE_HINT
}
