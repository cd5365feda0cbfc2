import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BOOT_SCRIPT } from '../../../../src/node/plugins/app-loader-plugin'
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, staticHostHeadersFile } from '../../../../src/node/plugins/security-headers-plugin'

const securityDoc = readFileSync(new URL('../../../../docs/SECURITY.md', import.meta.url), 'utf8')

describe('the Content-Security-Policy', () => {
  it('forbids eval and every inline script but the loader, by its hash, and names no other origin', () => {
    const scriptSources = /script-src ([^;]+)/.exec(META_CONTENT_SECURITY_POLICY)?.[1]
    const loaderHash = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`
    expect(scriptSources).toBe(`'self' ${loaderHash}`)
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(META_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self';/)
  })

  it('leaves out of the meta tag what browsers only accept as a header', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'")
  })

  it('writes _headers for every path under the deployed base', () => {
    const file = staticHostHeadersFile('/reform-plan/')
    expect(file.split('\n')[0]).toBe('/reform-plan/*')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`)
  })
})

describe('docs/SECURITY.md', () => {
  it.each(Object.entries(SECURITY_HEADERS))('shows %s as the build sends it, for static hosts and for nginx', (name, value) => {
    expect(securityDoc).toContain(`  ${name}: ${value}\n`)
    expect(securityDoc).toContain(`add_header ${name} "${value}" always;`)
  })
})
