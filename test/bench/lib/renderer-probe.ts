/** The in-page probes of the renderer benches: clocks read inside the page, Playwright only drives. */
import type { Page } from 'playwright-core';

/**
 * Installed before the app's scripts (addInitScript; a string, so no bundler helper leaks into it).
 * Clocks are the page's performance.now(); an event's timeStamp is when the browser received the input.
 *  - afterNextPaint: a requestAnimationFrame callback posts a user-blocking task (scheduler.postTask);
 *    it runs once that frame's style, layout and paint are done.
 *  - keystrokes: keydown (capture) starts a sample; the window's input listener runs after React's
 *    root listener has rendered and committed the controlled input synchronously ("committed"); the
 *    next paint after that ends it ("painted"); the next idle period (requestIdleCallback) marks the
 *    end of all its work, the deferred render included ("idle"). The next key is pressed only then,
 *    as by someone typing slower than the page works (no fixed delay).
 *  - long tasks (>= 50 ms) and API requests in flight, for the "interactive" rule in waitInteractive.
 */
export const PROBE = `(() => {
  const bench = { inflight: 0, longTasks: [], keySamples: [], keydowns: [], slowEvents: [], listeners: new Set(), measuringKeys: false };
  window.__twBench = bench;
  const notify = () => { for (const listener of [...bench.listeners]) listener(); };
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (...args) => {
    bench.inflight += 1;
    try { return await nativeFetch(...args); } finally { bench.inflight -= 1; notify(); }
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    notify();
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') bench.slowEvents.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  /**
   * Resolves with [when the next frame began (its requestAnimationFrame callback), when that frame was
   * done]. The end mark is a user-blocking task posted from the frame's callback: it runs as soon as the
   * frame's rendering task (style, layout, paint) ends, ahead of normal tasks already queued, such as a
   * slice of React's deferred render (a plain message would wait behind those).
   */
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const began = performance.now();
    const done = () => resolve([began, performance.now()]);
    if (window.scheduler && window.scheduler.postTask) { window.scheduler.postTask(done, { priority: 'user-blocking' }); return; }
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  }));
  const afterNextPaint = () => nextFrame().then(([, painted]) => painted);
  const until = (ready) => new Promise((resolve) => {
    const check = () => { const value = ready(); if (value === undefined) return; bench.listeners.delete(check); resolve(value); };
    bench.listeners.add(check);
    check();
  });

  let pendingKey = null;
  document.addEventListener('keydown', (e) => {
    if (!bench.measuringKeys || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    pendingKey = { start: e.timeStamp, handled: performance.now() };
    bench.keydowns.push(e.timeStamp);
  }, true);
  window.addEventListener('input', () => {
    const sample = pendingKey;
    pendingKey = null;
    if (!sample) return;
    sample.committed = performance.now();
    nextFrame().then(([frame, painted]) => {
      sample.frame = frame;
      sample.painted = painted;
      // All the keystroke's work, the deferred render included, is done when the main thread is next idle.
      requestIdleCallback(() => { sample.idle = performance.now(); bench.keySamples.push(sample); notify(); });
    });
  });
  bench.waitKeySamples = (count) => until(() => (bench.keySamples.length >= count ? bench.keySamples.length : undefined));

  /** Records the timeStamp of the next click on a link whose address ends with suffix. */
  bench.armClick = (suffix) => {
    bench.clickAt = null;
    const onClick = (e) => {
      const link = e.target instanceof Element ? e.target.closest('a') : null;
      if (!link || !(link.getAttribute('href') || '').endsWith(suffix)) return;
      bench.clickAt = e.timeStamp;
      document.removeEventListener('click', onClick, true);
    };
    document.addEventListener('click', onClick, true);
  };

  /** Resolves once the main thread has had quietMs without a long task and no API request is in flight. */
  const quiet = (quietMs) => new Promise((resolve) => {
    let timer = null;
    let seen = -1;
    const arm = () => {
      if (bench.longTasks.length === seen && timer !== null) return;
      seen = bench.longTasks.length;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (bench.inflight > 0) { timer = null; return; }
        bench.listeners.delete(arm);
        resolve();
      }, quietMs);
    };
    bench.listeners.add(arm);
    arm();
  });
  bench.waitQuiet = (quietMs) => quiet(quietMs).then(() => true);

  /**
   * The criteria editor of lot lotId is interactive: its count weight inputs are in the page, the last
   * one is visible and enabled, a frame has been painted with it ("rendered"), and the main thread has
   * finished the work the navigation started: the later of "rendered" and the end of the last long task
   * before quietMs without one and without an API request in flight (Time to Interactive's rule).
   */
  bench.waitInteractive = (lotId, count, quietMs, since) => new Promise((resolve) => {
    const selector = 'input[id^="f-' + lotId + '-"][id$="-weight"]';
    const ready = () => {
      const inputs = document.querySelectorAll(selector);
      const last = inputs[inputs.length - 1];
      return inputs.length >= count && !last.disabled && last.checkVisibility({ visibilityProperty: true });
    };
    const done = async () => {
      const rendered = await afterNextPaint();
      await quiet(quietMs);
      const tasks = bench.longTasks.filter((t) => t.start >= since);
      const interactive = Math.max(rendered, ...tasks.map((t) => t.end));
      resolve({ rendered: rendered - since, interactive: interactive - since, longTasks: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.end - t.start)) });
    };
    if (ready()) return void done();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); void done(); } });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  });

  /** Resolves when the header says the tender is saved; rejects if it says it could not be. */
  bench.waitSaved = () => new Promise((resolve, reject) => {
    const check = () => {
      const status = document.getElementById('save-state')?.getAttribute('data-status');
      if (status === 'saved') { observer.disconnect(); resolve(true); }
      else if (status === 'invalid' || status === 'error') { observer.disconnect(); reject(new Error('not saved: ' + document.getElementById('save-state')?.textContent)); }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status'] });
    check();
  });
})();`;

export interface Interactive {
  rendered: number;
  interactive: number;
  longTasks: number;
  longest: number;
}

export interface KeySample {
  start: number;
  /** The page's first keydown listener ran (start to this: input delay, the trip from the browser process). */
  handled: number;
  committed: number;
  /** The next frame's requestAnimationFrame callback began. */
  frame: number;
  painted: number;
  /** The main thread was next idle. */
  idle: number;
}

export const evaluate = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;
