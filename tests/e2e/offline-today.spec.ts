import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { logbookExport } from "./logbook-export";
import { demoUser, signIn } from "./sign-in";

// Issue 12: today's rosters are on the phone ahead of time. Log is opened online once; in the
// basement, without connection, a session page never opened before opens with its roster, is
// ticked, and after reconnecting every tick arrives exactly once.
const plan = "solhaven-demo";
const activity = "ungeklub";

async function hydrated(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
}

/** The ungeklub's sessions and their ticks, as the Excel export reads them from the database. */
async function ungeklubCounts(request: APIRequestContext) {
  const rowsOf = await logbookExport(request, plan);
  const ids = new Set(
    rowsOf("Arrangementer")
      .filter((r) => /ungeklub/i.test(r.Aktivitet))
      .map((r) => r.ID),
  );
  return { sessions: ids.size, ticks: rowsOf("Fremmøde").filter((r) => ids.has(r.Arrangement)).length };
}

test("a session not opened before is taken offline from the pages kept when Log was opened", async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, demoUser("projektleder", plan));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Setting up online (not the session page): the ungeklub has at least three on its roster.
  await page.goto(`/log/${plan}/${activity}`);
  for (let i = await page.locator(".roster-list li").count(); i < 3; i++) {
    await page.goto(`/log/${plan}/ny/deltager?aktivitet=${activity}`);
    await page.getByLabel("Initialer", { exact: true }).fill(`U${String.fromCharCode(65 + i)}`);
    await page.getByLabel("Fødselsår").fill(String(2008 + i));
    await page.getByRole("button", { name: "Gem deltager" }).click();
    await expect(page.getByText("Deltageren er gemt")).toBeVisible();
  }

  // Log opened online: today's and tomorrow's session pages are kept on the phone.
  await page.goto("/log");
  await hydrated(page);
  await expect(page.getByText(/sider? kan åbnes uden net/)).toBeVisible({ timeout: 30_000 });
  const before = await ungeklubCounts(page.request);

  // In the basement: the ungeklub's session screen, never opened in this browser, opens with its roster.
  await context.setOffline(true);
  await page.locator(`a[href="/log/${plan}/${activity}/fremmoede"]`).click();
  await expect(page).toHaveURL(new RegExp(`/log/${plan}/${activity}/fremmoede$`));
  await hydrated(page);
  const unticked = page.locator(".attendance-list input[name=present]:not(:checked)");
  const ticked = await page.locator(".attendance-list input[name=present]:checked").count();
  const ticks = Math.min(3, await unticked.count());
  expect(ticks).toBeGreaterThan(0);
  for (let i = 0; i < ticks; i++) await unticked.first().check();
  const hadEvent = (await page.locator("input[name=eventId]").count()) > 0;
  await page.getByRole("button", { name: "Gem fremmøde" }).click();
  await expect(page.getByText("1 registrering venter")).toBeVisible();
  // The waiting save names the session's day, so two saves of one activity are told apart.
  await expect(page.locator(".outbox li").first()).toContainText(/ · \d{1,2}\. [a-zæøå]+ \d{4} gemt /);
  await expect(page.locator(".attendance-list input[name=present]:checked")).toHaveCount(ticked + ticks);
  await page.screenshot({ path: "docs/screenshots/offline-today-375.png", fullPage: true });

  // Back online: the ticks arrive, exactly once.
  await context.setOffline(false);
  await expect(page.getByText("Alt fra telefonen er sendt og gemt.")).toBeVisible({ timeout: 30_000 });
  const after = await ungeklubCounts(page.request);
  console.log(`Ungeklub efter genforbindelse: ${JSON.stringify({ before, after, ticks })}`);
  expect(after).toEqual({ sessions: before.sessions + (hadEvent ? 0 : 1), ticks: before.ticks + ticks });
});
