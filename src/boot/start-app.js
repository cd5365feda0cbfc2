// Inlined into every prerendered page by src/node/plugins/app-loader-plugin.ts (its hash is in the
// Content-Security-Policy). The page is complete as HTML: nothing of the app is asked for until the
// page is on screen and loaded, and the browser has a quiet moment. Until then, what the reader does
// is kept: links work as links; a press of a button or of a chart (marked data-replay) and every
// change to a form control are recorded, and src/boot/replay-early-events.ts plays them back once
// the app has taken the page over. Plain ES2017, no imports: it runs before anything else.
;(function () {
  // Today's fiscal year (1 April to 31 March, by the device's date, as src/lib/fiscal-year.ts reckons it):
  // the schedules mark it by CSS (PlanSchedule.vue), so they never wait for the app, nor wake it up.
  var today = new Date()
  document.documentElement.setAttribute('data-fiscal-year', String(today.getFullYear() - (today.getMonth() < 3 ? 1 : 0)))
  // The reader's display choices, saved by the app (src/stores/preferences.ts): the page shows them from its
  // first paint instead of jumping to them once the app has started, seconds later on a slow phone. The same
  // rule as parsePreferences and displayClasses there (a unit test holds the two together). A shared device
  // in community-center mode is left to the app, which gives each visitor a fresh start.
  try {
    var saved = localStorage.getItem('atsugi-plan:preferences')
    var center = localStorage.getItem('atsugi-plan:center-mode')
    // A saved choice is a few dozen characters: anything long is not ours, and is not parsed before the paint.
    var choices = saved && saved.length < 1000 ? JSON.parse(saved) : null
    var shared = center && center.length < 1000 ? JSON.parse(center) : null
    if (choices && typeof choices === 'object' && !Array.isArray(choices) && !(shared && shared.enabled === true)) {
      var size = ['standard', 'large', 'x-large'].indexOf(choices.textSize) >= 0 ? choices.textSize : 'standard'
      var contrast = ['standard', 'high'].indexOf(choices.contrast) >= 0 ? choices.contrast : 'standard'
      var furigana = typeof choices.furigana === 'boolean' ? choices.furigana : true
      document.documentElement.className = 'text-' + size + ' contrast-' + contrast + (furigana ? '' : ' furigana-off')
    }
    // ES2017 has no `catch {}` without a binding.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
  } catch (error) {
    // No storage (private modes), or text that is not JSON: the page keeps the build's defaults, as the app will.
  }
  var early = []
  window.__earlyEvents = early
  function record(event) {
    if (window.__appAwake) return
    var target = event.target
    if (!(target instanceof Element)) return
    if (event.type === 'click') {
      // A submit button needs no app: its form is sent to the page it names.
      var pressed = target.closest('button:not([type=submit]), [data-replay]')
      if (pressed) early.push({ type: 'click', target: pressed })
    } else if (target.matches('input, select, textarea')) {
      early.push({ type: event.type, target: target, value: target.value, checked: target.checked })
    }
  }
  ;['click', 'input', 'change'].forEach(function (type) {
    document.addEventListener(type, record, true)
  })
  function start() {
    var entry = document.querySelector('meta[name="app-entry"]')
    if (!entry) return
    var script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = entry.getAttribute('content')
    document.head.appendChild(script)
    // The modules this page's app will need, asked for alongside the entry instead of one import at a
    // time. Two per task: inserting a link cost 1-3 ms here, and four in one task up to 13 ms, which
    // Lighthouse counts four times over for a slow phone.
    var modules = (entry.getAttribute('data-modules') || '').split(' ').filter(Boolean)
    ;(function preloadSome() {
      modules.splice(0, 2).forEach(function (href) {
        var link = document.createElement('link')
        link.rel = 'modulepreload'
        link.crossOrigin = ''
        link.href = href
        document.head.appendChild(link)
      })
      if (modules.length > 0) setTimeout(preloadSome, 0)
    })()
  }
  function whenIdle() {
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 })
    else setTimeout(start, 0)
  }
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
})()
