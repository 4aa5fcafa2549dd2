// Verder's first script: loaded in <head>, before the first paint and before the app's JavaScript.
// An external file because the CSP allows no inline script. It does two things until the app has
// hydrated (the app then sets data-verder-ready on <html> and handles both itself):
// 1. the same stale-entry check as leaveIfStaleEntry (src/lib/quickExit.ts): a page reached with Back
//    or Forward after quick exit in this tab, or an address with a fragment, goes straight on to the
//    neutral site before anything is shown;
// 2. quick exit by a click on the prerendered bar or Shift three times (unless turned off in Settings:
//    then the service worker marks <html>), always with location.replace
//    (never a link, which would add a history entry);
// 3. a tap on anything else that the app handles (a language, a card) before it runs is held and
//    given to the app once it runs, instead of being lost or reloading the page through href="./".
// The exit address comes from <meta name="verder-exit"> (set at build time from VITE_EXIT_URL, the same
// value the app is built with); tests/tooling/firstScript.test.ts checks that both agree.
(function () {
  'use strict';
  // 4. the app's own JavaScript (named in <meta name="verder-app"> of a prerendered page) is loaded
  //    after the first paint, so on a slow connection it does not hold the first screen back.
  function loadAppAfterPaint() {
    var app = document.querySelector('meta[name="verder-app"]');
    if (!app) return;
    var isStarted = false;
    function start() {
      if (isStarted) return;
      isStarted = true;
      var preloads = (app.getAttribute('data-preload') || '').split(' ');
      for (var index = 0; index < preloads.length; index++) {
        if (!preloads[index]) continue;
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = preloads[index];
        document.head.appendChild(link);
      }
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = app.getAttribute('content');
      document.head.appendChild(script);
    }
    function afterPaint() {
      // Once the browser has reported the first screen's largest paint (or, where it cannot tell,
      // its first paint): a download started before that moment competes with the first screen on a
      // slow connection, and Lighthouse counts it against the first screen too. A frame's
      // requestAnimationFrame runs before that frame is on screen, so two frames are the fallback.
      // A tab in the background paints nothing: after a second the app starts anyway.
      // On the Back guard's entry (a reload on a deeper screen) the page steps back at its load event
      // (step 5): the app's script must be asked for before that, as the step waits for it then.
      var state = window.history.state;
      var isOnGuard = typeof state === 'object' && state !== null && state.verderGuard === true;
      var types = (!isOnGuard && window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
      var type = types.indexOf('largest-contentful-paint') >= 0 ? 'largest-contentful-paint' : 'paint';
      if (types.indexOf(type) >= 0) {
        try {
          var observer = new PerformanceObserver(function () {
            observer.disconnect();
            setTimeout(start, 0);
          });
          observer.observe({ type: type, buffered: true });
        } catch {
          types = [];
        }
      }
      if (types.indexOf(type) < 0 && window.requestAnimationFrame) {
        window.requestAnimationFrame(function () {
          if (isOnGuard) setTimeout(start, 0);
          else
            window.requestAnimationFrame(function () {
              setTimeout(start, 0);
            });
        });
      }
      setTimeout(start, 1000);
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);
    else afterPaint();
  }
  if (!handleQuickExit()) {
    stepOffGuardEntry();
    loadAppAfterPaint();
  }

  // 5. a reload (or Forward) on a deeper screen loads this page on the Back guard's entry: step back
  //    onto Verder's own entry below it, before the app marks this one as its own (the same as
  //    stepOffGuardEntry in src/lib/historyGuard.ts, which then waits for this step instead of taking
  //    one). Only once the page has loaded: WebKit stops loading a page, even its own HTML, when its
  //    history moves before that.
  function stepOffGuardEntry() {
    var guardMark = 'verderGuard';
    var steppedOffGuardAttribute = 'data-verder-off-guard';
    function isOnGuard() {
      var state = window.history.state;
      return typeof state === 'object' && state !== null && state[guardMark] === true;
    }
    function step() {
      var root = document.documentElement;
      if (!isOnGuard() || root.hasAttribute(steppedOffGuardAttribute)) return;
      root.setAttribute(steppedOffGuardAttribute, '');
      window.history.back();
    }
    if (!isOnGuard()) return;
    if (document.readyState === 'complete') step();
    else window.addEventListener('load', step);
  }

  /** Says whether this page is leaving already (then the app is not loaded at all). */
  function handleQuickExit() {
    var leftFlag = 'verder-left';
    var readyAttribute = 'data-verder-ready';
    var presses = 3;
    var withinMs = 5000;
    var longestPressMs = 1000;
    var root = document.documentElement;
    var meta = document.querySelector('meta[name="verder-exit"]');
    var exitUrl = meta ? meta.getAttribute('content') : null;
    if (!exitUrl || !/^https:\/\/[^/\s]+/.test(exitUrl)) return false;

    function tabStorage() {
      try {
        return window.sessionStorage;
      } catch {
        return null;
      }
    }
    function readFlag() {
      try {
        var storage = tabStorage();
        return storage !== null && storage.getItem(leftFlag) === '1';
      } catch {
        return false;
      }
    }
    function writeFlag(isSet) {
      try {
        var storage = tabStorage();
        if (storage === null) return;
        if (isSet) storage.setItem(leftFlag, '1');
        else storage.removeItem(leftFlag);
      } catch {
        // Storage refused (a private window): the other guarantees still hold.
      }
    }
    function navigationKind() {
      var timing = window.performance;
      var entry = timing && timing.getEntriesByType ? timing.getEntriesByType('navigation')[0] : undefined;
      if (entry) return entry.type;
      return timing && timing.navigation && timing.navigation.type === 2 ? 'back_forward' : 'navigate';
    }
    function hideAndLeave() {
      // Hidden at once (a class for the stylesheet, and a style property for before it has loaded).
      root.classList.add('is-exiting');
      root.style.visibility = 'hidden';
      document.title = '';
      window.location.replace(exitUrl);
    }
    function isAppReady() {
      return root.hasAttribute(readyAttribute);
    }

    var kind = navigationKind();
    if (window.location.hash !== '' || (kind === 'back_forward' && readFlag())) {
      hideAndLeave();
      return true;
    }
    if (kind !== 'back_forward') writeFlag(false);

    // Restored from the back-forward cache after quick exit: no script runs again, so check on pageshow.
    window.addEventListener('pageshow', function (event) {
      if (event.persisted && readFlag() && !isAppReady()) hideAndLeave();
    });

    function quickExit() {
      writeFlag(true);
      if (document.body) document.body.textContent = '';
      hideAndLeave();
    }

    // Quick exit in another Verder tab (src/lib/tabSignals.ts, channel 'verder-tabs', the word 'exit'):
    // a tab whose app has not started yet (just opened, or in the background) must leave too.
    var tabChannel = 'verder-tabs';
    if (typeof BroadcastChannel !== 'undefined') {
      try {
        var tabs = new BroadcastChannel(tabChannel);
        tabs.onmessage = function (event) {
          if (event.data === 'exit' && !isAppReady()) quickExit();
        };
      } catch {
        // No channel: the app's own listener takes over once it runs.
      }
    }

    // Where the held tap went, as child positions under #root: the app may have drawn the page afresh
    // (another language), and then the same place holds the same control.
    var held = null;
    function pathOf(element) {
      var path = [];
      while (element && element.parentElement && element.id !== 'root') {
        path.unshift(Array.prototype.indexOf.call(element.parentElement.children, element));
        element = element.parentElement;
      }
      return element && element.id === 'root' ? path : null;
    }
    function giveHeldTap() {
      if (held === null) return;
      var element = document.getElementById('root');
      for (var index = 0; element && index < held.path.length; index++) element = element.children[held.path[index]];
      var isSame = element && element.tagName === held.tagName && element.className === held.className;
      var value = held.value;
      held = null;
      if (!isSame) return;
      if (value === undefined) {
        element.click();
      } else {
        // A choice in a select (the language menu): made again, as a change the app hears.
        element.value = value;
        element.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    if (window.MutationObserver) {
      new MutationObserver(function () {
        if (isAppReady()) giveHeldTap();
      }).observe(root, { attributes: true, attributeFilter: [readyAttribute] });
    }

    document.addEventListener(
      'change',
      function (event) {
        var target = event.target;
        if (isAppReady() || !target || target.tagName !== 'SELECT') return;
        var path = pathOf(target);
        if (path) held = { path: path, tagName: target.tagName, className: target.className, value: target.value };
      },
      true,
    );

    // Capture phase on the document: it runs before the app could see the click, and stops it there.
    document.addEventListener(
      'click',
      function (event) {
        if (isAppReady()) return;
        var target = event.target;
        if (!target || !target.closest) return;
        if (target.closest('.quick-exit')) {
          event.preventDefault();
          event.stopPropagation();
          quickExit();
          return;
        }
        var control = target.closest('#root a[href], #root button');
        var path = control ? pathOf(control) : null;
        if (!path) return;
        event.preventDefault();
        event.stopPropagation();
        held = { path: path, tagName: control.tagName, className: control.className };
      },
      true,
    );

    // Shift three times turned off in Settings: the service worker marked the page (src/sw.ts).
    var shiftOffAttribute = 'data-verder-shift-exit-off';
    if (root.hasAttribute(shiftOffAttribute)) return false;

    // The same rule as src/lib/shiftSequence.ts: a press counts when Shift is released on its own.
    var times = [];
    var downAt = null;
    var isChord = false;
    window.addEventListener(
      'keydown',
      function (event) {
        if (isAppReady()) return;
        if (event.key !== 'Shift') {
          times = [];
          if (downAt !== null) isChord = true;
          return;
        }
        if (event.repeat || downAt !== null) return;
        downAt = event.timeStamp;
        isChord = Boolean(event.ctrlKey || event.altKey || event.metaKey);
      },
      true,
    );
    window.addEventListener(
      'keyup',
      function (event) {
        if (isAppReady() || event.key !== 'Shift' || downAt === null) return;
        var now = event.timeStamp;
        var isPress = !isChord && now - downAt <= longestPressMs;
        downAt = null;
        isChord = false;
        if (!isPress) {
          times = [];
          return;
        }
        times = times.concat([now]).filter(function (time) {
          return now - time <= withinMs;
        });
        if (times.length >= presses) {
          event.stopImmediatePropagation();
          quickExit();
        }
      },
      true,
    );
    window.addEventListener('blur', function () {
      times = [];
      downAt = null;
      isChord = false;
    });
    return false;
  }
})();
