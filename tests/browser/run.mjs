// Browser tests of the entente web interface: Chromium from Debian (/usr/bin/chromium) driven by
// playwright-core, accessibility checked with axe-core. Run by scripts/browser-tests, which starts
// `entente demo` and sets ENTENTE_URL (and SCREENSHOT_DIR for the README's screenshots).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const BASE = process.env.ENTENTE_URL || "http://127.0.0.1:8080";
const SHOTS = process.env.SCREENSHOT_DIR || "";
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const VIEWPORT = { width: 1280, height: 800 };

let browser;
let profile;

before(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "entente-chromium-"));
  process.env.TMPDIR = profile;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
    // playwright gives every launch a fresh temporary --user-data-dir of its own (it refuses the
    // flag in `args`); TMPDIR points it at our own fresh directory.
  });
});

after(async () => {
  if (browser) await browser.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** A fresh context (own cookies). Console errors (such as CSP violations) fail the test. */
async function newPage(t, opts = {}) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, ...opts });
  const page = await ctx.newPage();
  const errors = [];
  // HTTP error statuses are asserted where they are expected; anything else logged as an
  // error (a CSP violation, a script error) fails the test.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  t.after(async () => {
    await ctx.close();
    assert.deepEqual(errors, [], "the page logged no errors");
  });
  return page;
}

async function go(page, p) {
  const r = await page.goto(BASE + p, { waitUntil: "load" });
  return r;
}

async function shot(page, name) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/** Signs in through the form; returns false when sign-in is not available yet. */
async function signIn(page, user) {
  const r = await go(page, "/login");
  if (!r || !r.ok()) return false;
  await page.fill("#user", user);
  await page.fill("#password", `demo-${user}`);
  const [resp] = await Promise.all([
    page.waitForNavigation({ waitUntil: "load" }).catch(() => null),
    page.click("form[action='/login'] button[type=submit]"),
  ]);
  if (!resp || resp.status() >= 400) return false;
  const who = await page.textContent("#whoami");
  return who.includes(user);
}

async function visibleDossierIds(page) {
  await go(page, "/dossiers?q=exercise");
  return page.$$eval("tr[data-dossier]", (rows) => rows.map((r) => r.dataset.dossier));
}

test("with --public-read, visitors without an account see public dossiers only, with a TLP:CLEAR banner", async (t) => {
  const page = await newPage(t);
  const r = await go(page, "/");
  assert.equal(r.status(), 200);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.textContent("#banner"), /TLP:CLEAR/);
  const counts = await page.$$eval(".tile-n", (els) => els.map((e) => Number(e.textContent)));
  assert.ok(counts.reduce((a, b) => a + b, 0) > 0, "some public dossiers");
  assert.ok(await page.$("svg.chart"), "charts are drawn");
  await shot(page, "dashboard");
  const ids = await visibleDossierIds(page);
  assert.ok(!ids.includes("exercise-baltic-grid"), "the AMBER exercise is not public");
  await go(page, "/dossiers");
  await shot(page, "dossiers");
});

test("the language switch turns the interface Bulgarian and Latvian and is remembered", async (t) => {
  const page = await newPage(t);
  await go(page, "/dossiers/bundestag-2015");
  await page.click("nav.langs a[hreflang=bg]");
  await page.waitForLoadState("load");
  assert.equal(await page.getAttribute("html", "lang"), "bg");
  assert.match(await page.textContent("nav.mainnav"), /Табло/);
  assert.match(page.url(), /\/dossiers\/bundestag-2015$/, "returns to the same page");
  // The demo case carries a Bulgarian summary: shown in Bulgarian, marked as such.
  assert.equal(await page.getAttribute("p.summary", "lang"), "bg");
  await shot(page, "dossier-bg");
  await go(page, "/");
  assert.equal(await page.getAttribute("html", "lang"), "bg", "remembered across pages");
  assert.match(await page.textContent("main"), /досиета|досие/);
  await page.click("nav.langs a[hreflang=lv]");
  await page.waitForLoadState("load");
  assert.equal(await page.getAttribute("html", "lang"), "lv");
  assert.match(await page.textContent("nav.mainnav"), /Pārskats/);
  assert.match(await page.textContent("main"), /lietas|lieta|lietu/);
  await shot(page, "dashboard-lv");
});

test("the switch offers the 24 official languages, each in itself; Maltese and Greek render", async (t) => {
  const page = await newPage(t);
  await go(page, "/");
  const langs = await page.$$eval("nav.langs a", (as) => as.map((a) => [a.getAttribute("hreflang"), a.getAttribute("lang"), a.textContent]));
  assert.deepEqual(langs.map((l) => l[0]), ["bg", "es", "cs", "da", "de", "et", "el", "en", "fr", "ga", "hr", "it", "lv", "lt", "hu", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "fi", "sv"]);
  for (const [code, lang] of langs) assert.equal(code, lang, "each name carries its own lang");
  await page.click("nav.langs a[hreflang=mt]");
  await page.waitForLoadState("load");
  assert.equal(await page.getAttribute("html", "lang"), "mt");
  assert.match(await page.textContent("nav.mainnav"), /Ħarsa ġenerali/);
  await page.click("nav.langs a[hreflang=el]");
  await page.waitForLoadState("load");
  assert.equal(await page.getAttribute("html", "lang"), "el");
  assert.match(await page.textContent("nav.mainnav"), /Φάκελοι/);
});

test("a dossier page shows its summary, timeline and marking", async (t) => {
  const page = await newPage(t);
  const r = await go(page, "/dossiers/wannacry-2017");
  assert.equal(r.status(), 200);
  assert.ok((await page.textContent("h1")).length > 5);
  assert.equal(await page.getAttribute("p.summary", "lang"), "en");
  assert.ok(await page.$("ol.timeline li"), "the timeline has entries");
  assert.ok(await page.$("header.dossier-head .tlp"), "the marking is shown");
  await shot(page, "dossier");
  const missing = await go(page, "/dossiers/exercise-baltic-grid");
  assert.equal(missing.status(), 404, "an invisible dossier reads as not found");
});

test("two delegates of different parties see different dossiers", async (t) => {
  const ee = await newPage(t);
  if (!(await signIn(ee, "ee.delegate"))) {
    t.skip("sign-in (POST /login) is not available in this build yet");
    return;
  }
  const de = await newPage(t);
  assert.ok(await signIn(de, "de.delegate"), "de.delegate can sign in too");
  const eeIds = await visibleDossierIds(ee);
  const deIds = await visibleDossierIds(de);
  assert.ok(eeIds.includes("exercise-baltic-grid"), "ee.delegate sees the Baltic exercise");
  assert.ok(!deIds.includes("exercise-baltic-grid"), "de.delegate does not");
  await go(ee, "/dossiers/exercise-baltic-grid");
  assert.match(await ee.textContent("#banner"), /TLP:AMBER/);
  await shot(ee, "dossier-amber");
  const r = await go(de, "/dossiers/exercise-baltic-grid");
  assert.equal(r.status(), 404);
});

test("a delegate submits an assessment and sees it in the heat map", async (t) => {
  const page = await newPage(t);
  if (!(await signIn(page, "ee.delegate"))) {
    t.skip("sign-in (POST /login) is not available in this build yet");
    return;
  }
  await go(page, "/dossiers/exercise-baltic-grid");
  if (!(await page.$("form[data-form=assessment]"))) {
    t.skip("assessment forms are not in this build yet");
    return;
  }
  await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  const levels = await page.$$("form[data-form=assessment] select[name^=level-]");
  assert.equal(levels.length, 7, "the seven dimensions of the 2017 conclusions");
  for (const [i, s] of levels.entries()) await s.selectOption(String((i % 4) + 1));
  for (const r of await page.$$("form[data-form=assessment] input[name^=rationale-]")) {
    await r.fill("Browser test: exercise reporting");
  }
  await Promise.all([
    page.waitForNavigation(),
    page.click("form[data-form=assessment] button[type=submit]"),
  ]);
  const row = await page.$$eval("table.heat tbody tr", (rows) =>
    rows.map((r) => r.textContent).find((t) => t.includes("EE")));
  assert.ok(row, "the heat map has Estonia's row");
  const cells = await page.$$eval("table.heat tbody tr", (rows) => {
    const ee = rows.find((r) => r.querySelector("th").textContent.includes("EE"));
    return [...ee.querySelectorAll("td")].slice(0, 7).map((c) => c.textContent.trim());
  });
  assert.deepEqual(cells, ["1", "2", "3", "4", "1", "2", "3"]);
  await shot(page, "assessment");
});

test("a delegate records a position; the tally changes, also for another reader", async (t) => {
  const page = await newPage(t);
  if (!(await signIn(page, "ee.delegate"))) {
    t.skip("sign-in (POST /login) is not available in this build yet");
    return;
  }
  await go(page, "/dossiers/exercise-baltic-grid");
  const link = await page.$("a[data-procedure]");
  if (!link) {
    t.skip("procedures are not in this build yet");
    return;
  }
  await Promise.all([page.waitForNavigation(), link.click()]);
  const form = await page.$("form[data-form=position]");
  assert.ok(form, "the Estonian delegate may vote on the exercise procedure");
  assert.ok(await page.$("time.countdown"), "the deadline counts down");
  const before = await page.textContent("#tally");
  const watcher = await newPage(t);
  assert.ok(await signIn(watcher, "lv.analyst"), "a second reader signs in");
  await go(watcher, new URL(page.url()).pathname);
  const watched = await watcher.textContent("#tally");
  await page.selectOption("form[data-form=position] select[name=position]", "for");
  await Promise.all([
    page.waitForNavigation(),
    page.click("form[data-form=position] button[type=submit]"),
  ]);
  assert.notEqual(await page.textContent("#tally"), before, "the tally changed for the delegate");
  // The other reader's page updates itself over Server-Sent Events (no reload).
  await watcher.waitForFunction(
    (w) => document.querySelector("#tally").textContent !== w, watched, { timeout: 10000 });
  await shot(page, "procedure");
});

/** Submits a form of the page and waits for the page it leads to. */
async function submit(page, form) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: "load" }),
    page.click(`form[data-form=${form}] button[type=submit]`),
  ]);
}

/** Sets a datetime-local field `s` seconds from now (UTC, as the form reads it). */
async function soon(page, selector, s) {
  const when = new Date(Date.now() + s * 1000).toISOString().slice(0, 19);
  await page.$eval(selector, (el, v) => { el.step = "1"; el.value = v; }, when);
  return when;
}

async function stages(page) {
  return page.$$eval("ol.steps li", (lis) => lis.map((l) => l.className));
}

async function assess(page, id, levels) {
  await go(page, `/dossiers/${id}`);
  await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  for (const [i, s] of (await page.$$("form[data-form=assessment] select[name^=level-]")).entries()) {
    await s.selectOption(String(levels[i % levels.length]));
  }
  for (const r of await page.$$("form[data-form=assessment] input[name^=rationale-]")) {
    await r.fill("Browser test: the whole case");
  }
  await submit(page, "assessment");
}

test("a whole case in the browser: two parties and the chair, from a new dossier to the joint attribution", async (t) => {
  const chair = await newPage(t);
  assert.ok(await signIn(chair, "eeas.chair"), "the chair signs in");
  const ee = await newPage(t);
  assert.ok(await signIn(ee, "ee.delegate"), "the Estonian delegate signs in");
  const fr = await newPage(t);
  assert.ok(await signIn(fr, "fr.delegate"), "the French delegate signs in");

  // The chair opens a dossier from the list page; the server gives it its id.
  await go(chair, "/dossiers");
  await chair.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  const title = `Wiper through a software update ${Date.now()}`;
  await chair.fill("#n-title", title);
  await chair.fill("#n-summary", "Destructive malware spread through an accounting package's update server.");
  await chair.selectOption("#m-tlp", "GREEN");
  await submit(chair, "new-dossier");
  const m = new URL(chair.url()).pathname.match(/^\/dossiers\/([^/]+)$/);
  assert.ok(m, `the chair lands on the new dossier (${chair.url()})`);
  const id = m[1];
  assert.equal(await chair.textContent("h1"), title);
  assert.deepEqual(await stages(chair), ["step-todo", "step-todo", "step-todo", "step-todo", "step-todo"]);

  // Estonia adds evidence with its grading; both delegations assess.
  await go(ee, `/dossiers/${id}`);
  await ee.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  await ee.fill("#e-title", "CERT-EE report on the update server");
  await ee.fill("#e-text", "The update server delivered a signed package carrying the wiper.");
  await ee.selectOption("#e-rel", "B");
  await ee.selectOption("#e-cred", "2");
  await submit(ee, "evidence");
  assert.match(await ee.textContent("main"), /CERT-EE report on the update server/);
  await assess(ee, id, [3, 3, 2, 4, 3, 2, 3]);
  await assess(fr, id, [3, 2, 2, 4, 3, 3, 3]);

  // The chair proposes the picture; France objects, so it fails; the second proposal passes.
  await go(chair, `/dossiers/${id}`);
  await chair.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  await soon(chair, "#propose-deadline", 600);
  await submit(chair, "propose");
  assert.deepEqual((await stages(chair))[0], "step-open", "the picture is proposed");
  await go(fr, `/dossiers/${id}`);
  await fr.fill("form[data-form=objection] textarea[name=reason]", "Impact on our sector is not yet assessed.");
  await submit(fr, "objection");
  assert.match(await fr.textContent("section[aria-labelledby=h-picture]"), /Impact on our sector/);
  await go(chair, `/dossiers/${id}`);
  await chair.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  const deadline = await soon(chair, "#propose-deadline", 6);
  await submit(chair, "propose");
  const wait = Date.parse(deadline + "Z") - Date.now() + 1000;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  await go(chair, `/dossiers/${id}`);
  const agreed = await stages(chair);
  assert.equal(agreed[0], "step-done", "the picture is agreed when its window closes");
  assert.equal(agreed[1], "step-done", "options are weighed on it");

  // The chair assembles a package of the first available measure and opens a silence procedure.
  const measure = await chair.$eval("form[data-form=package] input[name=measure]", (i) => i.value);
  await chair.check(`#m-${measure}`);
  await submit(chair, "package");
  await chair.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  const pkg = await chair.$eval("#p-package option:nth-child(2)", (o) => o.value);
  await chair.selectOption("#p-package", pkg);
  await chair.selectOption("#p-rule", "silence");
  // Silence is kept only when the deadline passes without objection (Art. 12(2) of the Council's
  // Rules of Procedure): a short one, so the test can wait for it.
  const procDeadline = await soon(chair, "#p-deadline", 8);
  await submit(chair, "open-procedure");
  const proc = new URL(chair.url()).pathname;
  assert.match(proc, /^\/procedures\//, "the chair lands on the new procedure");
  await go(chair, `/dossiers/${id}`);
  assert.equal((await stages(chair))[2], "step-open", "a procedure is open");

  // Estonia does not object; the deadline passes in silence; the decision is the case's response.
  await go(ee, proc);
  assert.ok(await ee.$("form[data-form=position]"), "the Estonian delegate may record a position");
  const positions = await ee.$$eval("form[data-form=position] select[name=position] option", (os) => os.map((o) => o.value));
  await ee.selectOption("form[data-form=position] select[name=position]", positions.includes("no_objection") ? "no_objection" : "for");
  await submit(ee, "position");
  const left = Date.parse(procDeadline + "Z") - Date.now() + 1000;
  if (left > 0) await new Promise((r) => setTimeout(r, left));
  await go(chair, proc);
  // The chair closes it, unless the instance's sweeper already has.
  if (await chair.$("form[data-form=close]")) await submit(chair, "close");
  await go(chair, `/dossiers/${id}`);
  const done = await stages(chair);
  assert.equal(done[2], "step-done", "the procedure is closed");
  assert.equal(done[3], "step-done", "the adopted decision is the response");
  assert.match(await chair.textContent("section[aria-labelledby=h-responses]"), /Art\. 12\(2\)/, "the response names its legal basis");

  // The chair records the joint attribution on the adopted procedure.
  await chair.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
  assert.ok(await chair.$("form[data-form=attribution] input[name=joint]"), "the chair's form is the joint attribution");
  await chair.fill("#a-actor", "Sandworm Team");
  await chair.selectOption("#a-term", "very_likely");
  await chair.check("#a-basis-technical");
  await chair.check("#a-basis-political");
  await submit(chair, "attribution");
  assert.equal((await stages(chair))[4], "step-done", "the case is attributed");
  assert.match(await chair.textContent("section[aria-labelledby=h-attributions]"), /Sandworm Team/);
  await shot(chair, "case-done");

  // The French delegate reads the same outcome, in French.
  await go(fr, `/lang/fr?next=/dossiers/${id}`);
  assert.equal(await fr.getAttribute("html", "lang"), "fr");
  assert.deepEqual(await stages(fr), ["step-done", "step-done", "step-done", "step-done", "step-done"]);
});

const AXE_PAGES = ["/", "/dossiers", "/dossiers/bundestag-2015", "/procedures/bundestag-2015-proc-1", "/search?q=cyber", "/login", "/audit", "/admin"];
// Pages with forms, checked signed in as the Estonian delegate.
const AXE_SIGNED_IN = ["/dossiers/exercise-baltic-grid"];

test("axe-core finds no serious or critical accessibility violations", async (t) => {
  // axe is injected from outside the page, so this context bypasses the (strict) CSP.
  const page = await newPage(t, { bypassCSP: true });
  const problems = [];
  for (const lang of ["en", "bg"]) {
    await go(page, `/lang/${lang}?next=/`);
    for (const p of AXE_PAGES) {
      await go(page, p);
      await page.evaluate(AXE);
      const res = await page.evaluate(async () =>
        window.axe.run(document, { resultTypes: ["violations"] }));
      for (const v of res.violations) {
        if (v.impact === "serious" || v.impact === "critical") {
          problems.push(`${lang} ${p}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
        }
      }
    }
  }
  if (await signIn(page, "ee.delegate")) {
    await go(page, AXE_SIGNED_IN[0]);
    const proc = await page.getAttribute("a[data-procedure]", "href").catch(() => null);
    if (proc) AXE_SIGNED_IN.push(proc);
    for (const p of AXE_SIGNED_IN) {
      const r = await go(page, p);
      if (!r.ok()) continue;
      await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
      await page.evaluate(AXE);
      const res = await page.evaluate(async () =>
        window.axe.run(document, { resultTypes: ["violations"] }));
      for (const v of res.violations) {
        if (v.impact === "serious" || v.impact === "critical") {
          problems.push(`ee.delegate ${p}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("keyboard: the skip link is the first stop and moves focus to the main content", async (t) => {
  const page = await newPage(t);
  await go(page, "/");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
});
