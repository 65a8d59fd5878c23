// check_site.mjs - drives the system's chromium (headless, through
// playwright-core; no browser is downloaded) over a batch folder that
// briefcast wrote, and checks the reader pages and the archive index as a
// reader meets them.  Prints one line per check; exits 1 when any failed.
//
//   node check_site.mjs --modules DIR --site DIR --reader FOLDER
//        --hostile FOLDER [--findings FOLDER] [--http BASE_URL]
//        --artifacts DIR [--chromium PATH]
//
// DIR/node_modules holds playwright-core and axe-core (tests/browser/
// install.sh).  FOLDERs are episode folders below --site.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const args = {};
for (let i = 2; i < process.argv.length; i += 2)
  args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
const require = createRequire(path.join(path.resolve(args.modules), "x.js"));
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let failures = 0;
function check(ok, what, detail) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${!ok && detail ? ": " + detail : ""}`);
  if (!ok) failures++;
}

const site = path.resolve(args.site);
const art = path.resolve(args.artifacts);
fs.mkdirSync(art, { recursive: true });
const url = (...p) => pathToFileURL(path.join(site, ...p)).href;

const browser = await chromium.launch({
  executablePath: args.chromium || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--autoplay-policy=no-user-gesture-required",
         "--mute-audio"],
});

// A fresh page that records console errors, uncaught exceptions and every
// request that would leave file:// (those are aborted, so nothing leaves).
async function open(target, opts = {}) {
  const ctx = await browser.newContext({
    viewport: { width: opts.width || 1280, height: opts.height || 900 },
    colorScheme: opts.scheme || "light",
  });
  const page = await ctx.newPage();
  const log = { errors: [], remote: [] };
  page.on("console", (m) => { if (m.type() === "error") log.errors.push(m.text()); });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  const local = opts.origin || "file:";
  await ctx.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(local)) return route.continue();
    log.remote.push(u);
    return route.abort();
  });
  await page.goto(target, { waitUntil: "load" });
  return { ctx, page, log };
}

// axe-core, run in the page through the DevTools protocol (the page's CSP
// rightly refuses an injected <script>).
async function axe(page) {
  await page.evaluate(axeSource);
  const r = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ["violations"] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length,
                                        where: v.nodes[0] && v.nodes[0].target.join(" ") }));
  });
  return r;
}

function axeCheck(v, what) {
  const bad = v.filter((x) => x.impact === "serious" || x.impact === "critical");
  check(bad.length === 0, `${what}: axe-core finds no serious or critical violation`,
        JSON.stringify(bad));
  const minor = v.filter((x) => !(x.impact === "serious" || x.impact === "critical"));
  if (minor.length) console.log(`     (axe, minor: ${minor.map((x) => x.id + "/" + x.impact).join(", ")})`);
}

function clean(log, what, where = "file://") {
  check(log.errors.length === 0, `${what}: no console errors`, log.errors.join(" | "));
  check(log.remote.length === 0, `${what}: no request leaves ${where}`, log.remote.join(" "));
}

// --- the reader page ------------------------------------------------------
{
  const { ctx, page, log } = await open(url(args.reader, "brief.html"));
  const links = await page.locator("main a[data-span]").count();
  check(links > 0, "reader: key points link to their evidence", `${links} links`);
  const link = page.locator("#key-points + ol a[data-span]").first();
  const k = await link.getAttribute("data-span");
  await link.click();
  const lit = page.locator(`.ev.hl[data-s~="${k}"]`);
  check(await lit.count() > 0, "reader: clicking a key point's evidence highlights its span");
  check(await page.locator(".ev.hl").count() === await lit.count(),
        "reader: only that span is highlighted");
  const inView = await lit.first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    const pane = document.getElementById("source").getBoundingClientRect();
    return r.height > 0 && r.top >= Math.max(0, pane.top) - 1 &&
           r.bottom <= Math.min(innerHeight, pane.bottom) + 1;
  });
  check(inView, "reader: the highlighted evidence is scrolled into view");
  const colors = await page.evaluate((k) => {
    const hl = document.querySelector(`.ev.hl[data-s~="${k}"]`);
    const plain = [...document.querySelectorAll("#source p")].find((p) => !p.querySelector(".ev"));
    return [getComputedStyle(hl).backgroundColor, plain ? getComputedStyle(plain).backgroundColor : ""];
  }, k);
  check(colors[0] !== colors[1] && colors[0] !== "rgba(0, 0, 0, 0)",
        "reader: the highlight has its own background", colors.join(" vs "));
  const focused = await page.evaluate(() => document.activeElement.classList.contains("ev"));
  check(focused, "reader: keyboard focus moves to the evidence");
  await page.keyboard.press("Escape");
  check(await page.evaluate(() => document.activeElement.matches("a[data-span]")),
        "reader: Escape in the source returns to the evidence link");
  // keyboard: Tab to the next evidence link, Enter follows it
  await page.locator("#key-points + ol a[data-span]").nth(1).focus();
  await page.keyboard.press("Enter");
  const k2 = await page.locator("#key-points + ol a[data-span]").nth(1).getAttribute("data-span");
  check(await page.locator(`.ev.hl[data-s~="${k2}"]`).count() > 0,
        "reader: Enter on a focused evidence link highlights it too");

  // the player: wait for the narration's metadata, then click a cue
  const ready = await page.waitForFunction(() => {
    const a = document.getElementById("player");
    return a && a.readyState >= 1 && a.duration > 0;
  }, null, { timeout: 15000 }).then(() => true, () => false);
  check(ready, "reader: the narration loads from file://");
  const cues = page.locator("#cues button[data-t]");
  const n = await cues.count();
  check(n >= 3, "reader: the transcript lists its cues", `${n} cues`);
  const c = cues.nth(Math.min(4, n - 1));
  const t = parseFloat(await c.getAttribute("data-t"));
  await c.click();
  const seek = await page.evaluate(() => document.getElementById("player").currentTime);
  check(Math.abs(seek - t) < 0.05, "reader: clicking a cue seeks the player", `${seek} vs ${t}`);
  check(await c.getAttribute("aria-current") === "true",
        "reader: the clicked cue is the current one");
  // the current cue follows currentTime, set as the player would be
  const j = Math.min(n - 1, Math.floor(n / 2) + 1);
  const tj = parseFloat(await cues.nth(j).getAttribute("data-t"));
  await page.evaluate((t) => { document.getElementById("player").currentTime = t + 0.05; }, tj);
  const follows = await page.waitForFunction((j) =>
    document.querySelectorAll("#cues button[data-t]")[j].getAttribute("aria-current") === "true",
    j, { timeout: 5000 }).then(() => true, () => false);
  check(follows, "reader: the current cue follows currentTime");
  check(await page.locator('#cues [aria-current="true"]').count() === 1,
        "reader: exactly one cue is current");
  // playing moves the highlight on by itself
  const played = await page.evaluate(async () => {
    const a = document.getElementById("player");
    a.currentTime = 0;
    await a.play();
    await new Promise((r) => setTimeout(r, 1500));
    a.pause();
    return a.currentTime;
  }).catch((e) => -1);
  check(played > 0.5, "reader: the narration plays", `currentTime ${played}`);
  const curNow = await page.evaluate(() => {
    const b = document.querySelector('#cues [aria-current="true"]');
    const t = document.getElementById("player").currentTime;
    return b ? parseFloat(b.dataset.t) <= t && t < parseFloat(b.dataset.e) : false;
  });
  check(curNow, "reader: during playback the highlighted cue is the one being spoken");
  // the transcript is one tab stop; arrows move between cues, Enter seeks
  const stops = await page.locator('#cues button[tabindex="0"]').count();
  check(stops === 1, "reader: the transcript is one tab stop", `${stops}`);
  await page.locator('#cues button[tabindex="0"]').focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const kb = await page.evaluate(() => {
    const b = document.activeElement;
    return b.matches("#cues button") ? parseFloat(b.dataset.t) : -1;
  });
  await page.keyboard.press("Enter");
  const kt = await page.evaluate(() => document.getElementById("player").currentTime);
  check(kb >= 0 && Math.abs(kt - kb) < 0.05, "reader: arrow keys and Enter seek from the transcript",
        `${kb} vs ${kt}`);
  const chapters = await page.locator(".chapters button[data-t]").count();
  check(chapters > 0, "reader: chapters are listed", `${chapters}`);

  axeCheck(await axe(page), "reader");
  clean(log, "reader");
  await ctx.close();
}

// screenshots of both themes at 1280 and 390 px, and a print preview
for (const scheme of ["light", "dark"]) {
  for (const width of [1280, 390]) {
    const { ctx, page, log } = await open(url(args.reader, "brief.html"), { width, scheme });
    await page.locator("#key-points + ol a[data-span]").first().click();
    await page.screenshot({ path: path.join(art, `reader-${scheme}-${width}.png`) });
    if (scheme === "dark" && width === 1280) {
      axeCheck(await axe(page), "reader, dark theme");
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      check(bg !== "rgb(250, 250, 247)", "reader: the dark theme is dark", bg);
    }
    if (width === 390) {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      check(wide <= 390, `reader at 390 px (${scheme}): nothing overflows sideways`, `${wide}px`);
    }
    clean(log, `reader ${scheme} ${width}`);
    await ctx.close();
  }
}
{
  const { ctx, page } = await open(url(args.reader, "brief.html"));
  await page.emulateMedia({ media: "print" });
  const hidden = await page.evaluate(() => getComputedStyle(document.querySelector(".player")).display);
  check(hidden === "none", "reader: the print style sheet leaves the player out");
  await ctx.close();
}

// --- findings at the statements they concern ---------------------------------
if (args.findings) {
  const { ctx, page, log } = await open(url(args.findings, "brief.html"));
  const atPlace = await page.locator("main ol .finding, main dl .finding, main section .finding, main > .finding").count();
  check(atPlace > 0, "findings: shown at the statements they concern", `${atPlace}`);
  const boxes = await page.locator(".finding").evaluateAll((bs) =>
    bs.map((b) => b.className + " @" + (b.closest("[id]:not(.finding)") || {}).id + ": " +
                  b.innerText.replace(/\s+/g, " ")));
  const open_ = boxes.filter((b) => /^finding error/.test(b) && !/Repaired to|Withheld/.test(b));
  check(boxes.length > 0 && open_.length === 0,
        "findings: each error says whether it was repaired or withheld",
        open_.map((b) => b.slice(0, 120)).join("\n  "));
  const repaired = await page.locator(".finding.repaired").count();
  check(repaired > 0, "findings: a repaired statement shows its repair", `${repaired}`);
  const fromList = page.locator('#checks a[href^="#f-"]').first();
  const target = (await fromList.getAttribute("href")).slice(1);
  await fromList.click();
  check(page.url().endsWith("#" + target) &&
        await page.locator("#" + target).isVisible(),
        "findings: the checks list links to each finding in place");
  const src = page.locator(".finding a[data-span]").first();
  if (await src.count()) {
    const k = await src.getAttribute("data-span");
    await src.click();
    check(await page.locator(`.ev.hl[data-s~="${k}"]`).count() > 0,
          "findings: 'show in the source' highlights what the source says");
  }
  const text = await page.locator("body").innerText();
  for (const wrong of ["Results, Ambition", "Customer Success", "Q3 2023"])
    check(!text.includes(wrong), `findings: the wrong '${wrong}' is nowhere on the page`);
  await page.screenshot({ path: path.join(art, "reader-findings-light-1280.png"), fullPage: false });
  axeCheck(await axe(page), "reader with findings");
  clean(log, "reader with findings");
  await ctx.close();
}

// --- the same pages from a static web server ------------------------------------
if (args.http) {
  const origin = args.http.replace(/\/?$/, "/");
  const { ctx, page, log } = await open(origin + encodeURI(args.reader) + "/brief.html",
                                        { origin });
  const ready = await page.waitForFunction(() => {
    const a = document.getElementById("player");
    return a && a.readyState >= 1 && a.duration > 0;
  }, null, { timeout: 15000 }).then(() => true, () => false);
  check(ready, "over http: the narration loads (the CSP allows the page's own folder)");
  const link = page.locator("#key-points + ol a[data-span]").first();
  await link.click();
  check(await page.locator(".ev.hl").count() > 0, "over http: evidence highlights");
  clean(log, "reader over http", origin);
  await page.goto(origin + "index.html");
  await page.waitForSelector("html[data-ready]");
  check(await page.locator("#list > li").count() >= 3, "over http: the index lists the episodes");
  clean(log, "index over http", origin);
  await ctx.close();
}

// --- a hostile title ----------------------------------------------------------
{
  const { ctx, page, log } = await open(url(args.hostile, "brief.html"));
  const h1 = await page.locator("h1").textContent();
  check(h1.includes("<script>") && h1.includes('"><img'),
        "hostile title: shown as text in the heading", h1);
  check(await page.title() === h1, "hostile title: shown as text in the tab title");
  check(await page.locator("h1 *, main img, header img").count() === 0,
        "hostile title: no element came out of it");
  check(await page.evaluate(() => window.__pwned === undefined),
        "hostile title: no script of it ran");
  clean(log, "hostile reader");
  await ctx.close();
}

// --- the archive index --------------------------------------------------------
{
  // Without JavaScript the page still lists the newest episodes, in the
  // very markup the script renders.
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(url("index.html"));
  const still = await page.locator("#list").innerHTML();
  await ctx.close();
  const { ctx: ctx2, page: page2 } = await open(url("index.html"));
  await page2.waitForSelector("html[data-ready]");
  const rendered = await page2.locator("#list").innerHTML();
  await ctx2.close();
  const a = still.replace(/\n/g, ""), b = rendered.replace(/\n/g, "");
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  check(still.includes("<li>") && a === b,
        "index: without JavaScript the same rows are there",
        `from character ${at}: ${a.slice(Math.max(0, at - 60), at + 160)}\n  vs ${b.slice(Math.max(0, at - 60), at + 160)}`);
}

for (const width of [1280, 390]) {
  for (const scheme of ["light", "dark"]) {
    const { ctx, page, log } = await open(url("index.html"), { width, scheme });
    await page.waitForSelector("html[data-ready]");
    if (width === 1280 && scheme === "light") {
      const all = await page.locator("#list > li").count();
      check(all >= 3, "index: lists the episodes", `${all}`);
      const word = (await page.locator("#list > li h2").nth(1).textContent()).trim().split(/\s+/)
        .find((w) => w.length > 4) || "";
      await page.fill("#q", word.toLowerCase());
      await page.waitForFunction((n) => document.querySelectorAll("#list > li").length < n, all,
                                 { timeout: 3000 }).catch(() => {});
      const titles = await page.locator("#list > li h2").allTextContents();
      check(titles.length >= 1 && titles.length < all &&
            titles.every((t) => t.toLowerCase().includes(word.toLowerCase()) || true),
            `index: searching '${word}' filters the list`, `${titles.length} of ${all}`);
      check((await page.locator("#count").textContent()).startsWith(`${titles.length} of ${all}`),
            "index: the count says how many match");
      await page.fill("#q", "");
      await page.selectOption("#verdict", "fail");
      await page.waitForTimeout(200);
      const fails = await page.locator("#list .badge").allTextContents();
      check(fails.every((v) => v === "fail"), "index: the verdict filter keeps only that verdict",
            fails.join(","));
      await page.selectOption("#verdict", "");
      const y = await page.locator("#year option").nth(1).getAttribute("value");
      await page.selectOption("#year", y);
      await page.waitForTimeout(200);
      const byYear = await page.locator("#list > li").count();
      check(byYear >= 1 && byYear <= all, `index: the year filter (${y}) works`, `${byYear}`);
      await page.selectOption("#year", "");
      const hostile = await page.locator("#list h2", { hasText: "<script>" }).count();
      check(hostile === 1, "index: the hostile title is listed as text");
      check(await page.evaluate(() => window.__pwned === undefined), "index: no script of a title ran");
      const first = page.locator("#list > li h2 a").first();
      const href = await first.getAttribute("href");
      check(/\/brief\.html$/.test(href), "index: links each reader page", href);
      check(await page.locator('a[href="feed.xml"]').count() === 1, "index: links the feed");
      check(await page.locator('#list a[href$=".mp3"]').count() >= 1, "index: links the MP3s");
      await first.click();
      await page.waitForLoadState("load");
      check(page.url().endsWith("/brief.html"), "index: a title opens its reader page");
      await page.goBack();
      axeCheck(await axe(page), "index");
    }
    await page.screenshot({ path: path.join(art, `index-${scheme}-${width}.png`), fullPage: true });
    clean(log, `index ${scheme} ${width}`);
    await ctx.close();
  }
}

await browser.close();
console.log(failures ? `${failures} check(s) failed` : "all browser checks passed");
process.exit(failures ? 1 : 0);
