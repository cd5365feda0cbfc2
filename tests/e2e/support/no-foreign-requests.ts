import { afterEach, expect } from 'vitest'
import { foreignRequests } from './browser'

// Runs after every browser test: no page and no service worker may have asked another origin for anything.
afterEach(() => {
  const made = foreignRequests.splice(0)
  expect(made, 'requests to another origin (the app must make none)').toEqual([])
})
