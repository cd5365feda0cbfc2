#!/usr/bin/env node
/**
 * `npm audit --omit=dev`: what ships to residents must have no known vulnerability of high or
 * critical severity. Run by `npm test`.
 *
 * Exit codes: 0 clean; 1 vulnerabilities found (or npm's answer unreadable); 2 the audit could not
 * run because the registry does not answer npm's advisory endpoint (some mirrors and closed networks
 * refuse it). npm test reports 2 as "not run", loudly, or as a failure with REQUIRE_AUDIT=1.
 */
import { spawnSync } from 'node:child_process'

const FAILING_SEVERITIES = ['high', 'critical']

/** Reads `npm audit --json` output: { outcome: 'clean' | 'vulnerable' | 'unavailable', summary }. */
export function readAuditReport(text) {
  let report
  try {
    report = JSON.parse(text)
  } catch {
    return { outcome: 'vulnerable', summary: `npm audit printed something that is not JSON:\n${text.slice(0, 500)}` }
  }
  if (report.statusCode !== undefined || report.error !== undefined) {
    const reason = report.message ?? report.error?.summary ?? `HTTP ${report.statusCode}`
    return { outcome: 'unavailable', summary: reason }
  }
  const counts = report.metadata?.vulnerabilities
  if (!counts) return { outcome: 'vulnerable', summary: 'npm audit gave no vulnerability counts' }
  const failing = FAILING_SEVERITIES.filter((severity) => (counts[severity] ?? 0) > 0)
  if (failing.length === 0) return { outcome: 'clean', summary: `no high or critical vulnerability (${counts.total ?? 0} in all)` }
  const names = Object.values(report.vulnerabilities ?? {})
    .filter((entry) => FAILING_SEVERITIES.includes(entry.severity))
    .map((entry) => `${entry.name} (${entry.severity})`)
  return { outcome: 'vulnerable', summary: `${failing.map((severity) => `${counts[severity]} ${severity}`).join(', ')}: ${names.join(', ')}` }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  const { outcome, summary } = readAuditReport(run.stdout)
  if (outcome === 'clean') {
    console.log(`✔ audit: ${summary}`)
    process.exit(0)
  }
  if (outcome === 'unavailable') {
    console.warn(`⚠ audit NOT RUN: the registry refused npm's advisory endpoint (${summary}).`)
    console.warn('  Run `npm audit --omit=dev` where registry.npmjs.org is reachable, or set REQUIRE_AUDIT=1 to make this a failure.')
    process.exit(2)
  }
  console.error(`✘ audit: ${summary}\n  Update the package (npm update <name>) or replace it; \`npm audit --omit=dev\` shows the advisories.`)
  process.exit(1)
}
