// bench_index.mjs - how fast an archive index becomes usable in the
// system's headless chromium: load, first rows, a search, scrolling to the
// end of the list.  Prints figures (JSON); no pass or fail.
//
//   node bench_index.mjs --modules DIR --page FILE [--chromium PATH]
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const args = {};
for (let i = 2; i < process.argv.length; i += 2)
  args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
const require = createRequire(path.join(path.resolve(args.modules), "x.js"));
const { chromium } = require("playwright-core");

const browser = await chromium.launch({
  executablePath: args.chromium || "/usr/bin/chromium",
  headless: true, args: ["--no-sandbox"],
});
const runs = [];
for (let r = 0; r < 5; r++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Long tasks from the very start (an init script runs before the page's
  // own and is outside its CSP).
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration)))
      .observe({ type: "longtask", buffered: true });
  });
  const t0 = Date.now();
  await page.goto(pathToFileURL(path.resolve(args.page)).href, { waitUntil: "load" });
  await page.waitForSelector("html[data-ready]");
  const wall = Date.now() - t0;
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      ready_ms: +document.documentElement.getAttribute("data-ready"),
      dcl_ms: Math.round(nav.domContentLoadedEventEnd),
      rows: document.querySelectorAll("#list > li").length,
      episodes: JSON.parse(document.getElementById("episodes").textContent).episodes.length,
    };
  });
  // A search: the time from the input event to the rows being replaced,
  // less the 80 ms the page waits for typing to pause.
  const search = await page.evaluate(async () => {
    const q = document.getElementById("q"), c = document.getElementById("count");
    const before = c.textContent, t = performance.now();
    q.value = "pager";
    q.dispatchEvent(new Event("input"));
    while (c.textContent === before) await new Promise((r) => setTimeout(r, 1));
    return { ms: Math.round(performance.now() - t - 80), result: c.textContent };
  });
  const long = await page.evaluate(() => window.__long.slice());
  // Then every episode rendered, 100 at a time as "Show more" asks (one
  // long task here, by the bench's own doing).
  const scroll = await page.evaluate(async () => {
    const q = document.getElementById("q");
    q.value = ""; q.dispatchEvent(new Event("input"));
    await new Promise((r) => setTimeout(r, 150));
    const t = performance.now(), more = document.getElementById("more");
    while (!more.hidden) {
      more.click();
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { ms: Math.round(performance.now() - t),
             rows: document.querySelectorAll("#list > li").length };
  });
  runs.push({ wall_ms: wall, ...m, search_ms: search.ms, search_result: search.result,
              all_rows_ms: scroll.ms, all_rows: scroll.rows,
              longest_task_ms: Math.round(Math.max(0, ...long)) }); // load + search
  await page.close();
}
await browser.close();
const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
console.log(JSON.stringify({ runs: runs.length, median: {
  load_to_interactive_ms: med("ready_ms"), wall_ms: med("wall_ms"), dcl_ms: med("dcl_ms"),
  first_rows: runs[0].rows, episodes: runs[0].episodes, search_ms: med("search_ms"),
  longest_task_ms: med("longest_task_ms"), all_rows_ms: med("all_rows_ms"),
}, search_result: runs[0].search_result }, null, 1));
