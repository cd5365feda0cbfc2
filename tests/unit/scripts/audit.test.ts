import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { readAuditReport } from '../../../scripts/audit.mjs'

const read = readAuditReport as (text: string) => { outcome: string; summary: string }
const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } })

describe('reading npm audit’s answer', () => {
  it('passes a report with only low and moderate findings', () => {
    expect(read(report({ low: 2, moderate: 1, total: 3 })).outcome).toBe('clean')
  })

  it('fails on a high or critical vulnerability and names the package', () => {
    const result = read(report({ high: 1, total: 1 }, { 'left-pad': { name: 'left-pad', severity: 'high' } }))
    expect(result).toEqual({ outcome: 'vulnerable', summary: '1 high: left-pad (high)' })
    expect(read(report({ critical: 1 })).outcome).toBe('vulnerable')
  })

  it('tells a registry without the advisory endpoint apart from a clean result', () => {
    const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 })
    expect(read(refused)).toMatchObject({ outcome: 'unavailable', summary: expect.stringContaining('405') })
  })

  it('never passes output it cannot read', () => {
    expect(read('npm ERR! something').outcome).toBe('vulnerable')
    expect(read('{}').outcome).toBe('vulnerable')
  })
})
