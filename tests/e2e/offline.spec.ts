import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { logbookExport } from "./logbook-export";
import { demoUser, signIn } from "./sign-in";

// Issue 12, "What must be shown" 1: a phone at 375 px with the network cut logs a session for 12
// with a walk-in, a contact with a referral and a course step; the page is reloaded offline; on
// reconnection every record arrives exactly once, and sending the same outbox again changes nothing.
const plan = "solhaven-demo";
const sheets = ["Deltagere", "Arrangementer", "Fremmøde", "Henvendelser", "Brobygning", "Forløbstrin"] as const;

/**
 * What this test logs, counted in the logbook as the Excel export reads it from the database:
 * the walk-in (initials OF), the familiecafé's sessions and their attendance, and every contact,
 * referral and course step (other browser tests log in other activities at the same time).
 */
async function logbookCounts(request: APIRequestContext): Promise<Record<(typeof sheets)[number], number>> {
  const rowsOf = await logbookExport(request, plan);
  const events = rowsOf("Arrangementer").filter((r) => /familiecaf/i.test(r.Aktivitet));
  const ids = new Set(events.map((e) => e.ID));
  return {
    Deltagere: rowsOf("Deltagere").filter((r) => r.Initialer === "OF").length,
    Arrangementer: events.length,
    Fremmøde: rowsOf("Fremmøde").filter((r) => ids.has(r.Arrangement)).length,
    Henvendelser: rowsOf("Henvendelser").length,
    Brobygning: rowsOf("Brobygning").length,
    Forløbstrin: rowsOf("Forløbstrin").length,
  };
}

async function hydrated(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
}

/** Opens a page online so the service worker keeps it for offline use. */
async function keepForOffline(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

test("offline at 375 px: 12 attendees, a walk-in, a contact with a referral and a course step arrive exactly once", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, demoUser("projektleder", plan));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Setting up online: the familiecafé roster has at least twelve; an open job course to step on.
  await page.goto(`/log/${plan}/familiecafe`);
  for (let i = await page.locator(".roster-list li").count(); i < 12; i++) {
    await page.goto(`/log/${plan}/ny/deltager?aktivitet=familiecafe`);
    await page.getByLabel("Initialer", { exact: true }).fill(`F${String.fromCharCode(65 + i)}`);
    await page.getByLabel("Fødselsår").fill(String(1980 + i));
    await page.getByRole("button", { name: "Gem deltager" }).click();
    await expect(page.getByText("Deltageren er gemt")).toBeVisible();
  }
  await page.goto(`/log/${plan}/jobvejledning`);
  if ((await page.locator(".roster-list li").count()) === 0) {
    await page.goto(`/log/${plan}/ny/deltager?aktivitet=jobvejledning`);
    await page.getByLabel("Initialer", { exact: true }).fill("JV");
    await page.getByLabel("Fødselsår").fill("1977");
    await page.getByRole("button", { name: "Gem deltager" }).click();
    await expect(page.getByText("Deltageren er gemt")).toBeVisible();
  }
  const coursePath = await page.locator(`a[href^="/log/${plan}/forloeb/"]`).first().getAttribute("href");
  expect(coursePath).toBeTruthy();
  const attendancePath = `/log/${plan}/familiecafe/fremmoede`;
  const contactPath = `/log/${plan}/ny/henvendelse?aktivitet=jobvejledning`;
  for (const path of [contactPath, coursePath as string, attendancePath]) await keepForOffline(page, path);
  // A series may have made today's session already; else saving makes it.
  const hadEvent = (await page.locator("input[name=eventId]").count()) > 0;
  const before = await logbookCounts(page.request);

  await context.setOffline(true);
  // The session for twelve and a walk-in, saved on the phone.
  await page.goto(attendancePath);
  await hydrated(page);
  const unticked = page.locator(".attendance-list input[name=present]:not(:checked)");
  const present = await page.locator(".attendance-list input[name=present]:checked").count();
  for (let i = 0; i < 12; i++) await unticked.first().check();
  await page.getByText("+ ny deltager").click();
  await page.getByLabel("Initialer", { exact: true }).fill("OF");
  await page.getByLabel("Fødselsår").fill("1990");
  await page.getByRole("button", { name: "Gem fremmøde" }).click();
  await expect(page.getByRole("heading", { name: "Gemt på telefonen – sendes, når du er online" })).toBeVisible();
  await expect(page.getByText("1 registrering venter")).toBeVisible();
  // The ticks stay on the screen: nothing typed is lost.
  await expect(page.locator(".attendance-list input[name=present]:checked")).toHaveCount(present + 12);

  // A contact with a referral to the jobcentre.
  await page.goto(contactPath);
  await hydrated(page);
  await page.getByLabel("Deltager (valgfri)").selectOption({ index: 1 });
  await page.getByLabel("Emne").selectOption({ index: 0 });
  await page.getByLabel("Henvist videre").check();
  await page.getByLabel("Henvist til").selectOption("jobcenter");
  await page.getByRole("button", { name: "Gem henvendelse" }).click();
  await expect(page.getByText("2 registreringer venter")).toBeVisible();

  // A step in a job course.
  await page.goto(coursePath as string);
  await hydrated(page);
  await page.getByRole("button", { name: "Gem trin" }).click();
  await expect(page.getByText("3 registreringer venter")).toBeVisible();

  // Reloaded while offline: the outbox is still there.
  await page.reload();
  await hydrated(page);
  await expect(page.getByText("3 registreringer venter")).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/offline-outbox-375.png", fullPage: true });
  const kept = await page.evaluate(
    () =>
      new Promise<{ key: string; url: string; fields: [string, string][] }[]>((resolve, reject) => {
        const open = indexedDB.open("helhed-outbox");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("writes").objectStore("writes").getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  expect(kept).toHaveLength(3);

  // Back online: everything is sent, once.
  await context.setOffline(false);
  await expect(page.getByText("Alt fra telefonen er sendt og gemt.")).toBeVisible({ timeout: 30_000 });
  const after = await logbookCounts(page.request);
  const arrived = Object.fromEntries(sheets.map((s) => [s, after[s] - before[s]]));
  console.log(`Ankommet efter genforbindelse: ${JSON.stringify(arrived)}`);
  expect(arrived).toEqual({
    Deltagere: 1,
    Arrangementer: hadEvent ? 0 : 1,
    Fremmøde: 13,
    Henvendelser: 1,
    Brobygning: 1,
    Forløbstrin: 1,
  });

  // The same outbox sent again: the server honours the keys and changes nothing.
  for (const write of kept) {
    const response = await page.request.post(write.url, {
      form: Object.fromEntries(write.fields),
      headers: { "Idempotency-Key": write.key, Origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(400);
    expect(response.headers()["idempotent-replayed"]).toBe("true");
  }
  expect(await logbookCounts(page.request)).toEqual(after);
});
