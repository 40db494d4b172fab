import { expect, type Page, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

const plan = "/planer/amager-tryghedsplan-2017";

async function answer(page: Page, link: string, tryg: string, boet: string) {
  await page.goto(link);
  await page
    .getByRole("group", { name: /Hvor tryg eller utryg/ })
    .getByLabel(tryg, { exact: true })
    .check();
  await page.getByRole("group", { name: "Hvor længe har du boet i boligområdet?" }).getByLabel(boet).check();
  await page.getByRole("button", { name: "Send mine svar" }).click();
  await expect(page.getByRole("heading", { name: "Tak for dine svar" })).toBeVisible();
}

test("Amager: a survey answered through the anonymous link at 375 px, a paper round, the comparison and the tryghed criterion", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoUser("projektleder", "amager-tryghedsplan-2017"));
  await page.goto(`${plan}/undersoegelser`);
  await page.getByLabel("Titel").fill("3B's beboerundersøgelse");
  await page
    .getByLabel("Succeskriterium, som undersøgelsen giver tal til")
    .selectOption({ label: "Beboerundersøgelser 2004, 2011, som 3B også vil gennemføre i 2017" });
  await page.getByRole("button", { name: "Opret undersøgelsen" }).click();
  await page.getByLabel("Rundens navn").fill("Basismåling 2017");
  await page.getByLabel("År", { exact: true }).fill("2017");
  await page.getByLabel("Antal adspurgte").fill("20");
  await page.getByRole("button", { name: "Åbn runden" }).click();
  await expect(page.getByText("Runden er åbnet.")).toBeVisible();
  const surveyUrl = new URL(page.url()).pathname;
  const link = (await page.getByRole("link", { name: /\/u\// }).textContent()) ?? "";
  await expect(page.getByRole("img", { name: "QR-kode til Basismåling 2017" })).toBeVisible();

  // A resident: a fresh browser, no account, a phone-sized screen.
  const resident = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: "da-DK" });
  const phone = await resident.newPage();
  await phone.goto(link);
  await expect(phone.getByRole("button", { name: "Log ud" })).toHaveCount(0);
  await checkPage(phone, "the anonymous questionnaire at 375 px");
  await phone.screenshot({ path: "docs/screenshots/survey-anonymous-375.png", fullPage: true });
  const answers: [string, string][] = [
    ["Utryg", "Over 10 år"],
    ["Meget utryg", "Over 10 år"],
    ["Tryg", "Over 10 år"],
    ["Tryg", "Over 10 år"],
    ["Meget tryg", "Over 10 år"],
    ["Tryg", "Under 2 år"],
  ];
  for (const [tryg, boet] of answers) await answer(phone, link, tryg, boet);

  // The attack: the link opens nothing else. No session; the plan, the survey and its forms send you to sign in.
  expect((await resident.cookies()).map((c) => c.name)).not.toContain("helhed_session");
  for (const path of [plan, `${plan}/undersoegelser`, surveyUrl, "/log", `${plan}/maalopfyldelse`]) {
    await phone.goto(path);
    await expect(phone.getByRole("heading", { level: 1 }), path).toHaveText("Log ind");
  }
  const csrf = (await resident.cookies()).find((c) => c.name.includes("csrf"))?.value ?? "";
  const post = await phone.request.post(surveyUrl, {
    form: { _csrf: csrf, intent: "round", label: "Falsk runde", kind: "baseline", period: "2017" },
    maxRedirects: 0,
  });
  expect(post.status()).not.toBe(200);
  await phone.goto(`${link.slice(0, -3)}xyz`);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
  await resident.close();

  // Staff type in the follow-up round from paper.
  await page.goto(surveyUrl);
  await expect(page.getByRole("row", { name: /Basismåling 2017/ })).toContainText("6 (6 via link, 0 på papir)");
  await expect(page.getByRole("row", { name: /Basismåling 2017/ })).toContainText("30 % (6/20)");
  await expect(page.getByRole("row", { name: /Basismåling 2017/ })).toContainText("33,3 %");
  await page.getByLabel("Rundens navn").fill("Opfølgning 2019");
  await page.getByLabel("Slags runde").selectOption("followUp");
  await page.getByLabel("År", { exact: true }).fill("2019");
  await page.getByRole("button", { name: "Åbn runden" }).click();
  for (const tryg of ["Tryg", "Tryg", "Meget tryg", "Tryg", "Utryg", "Tryg"]) {
    await page.getByLabel("Runde", { exact: true }).selectOption({ label: "Opfølgning 2019" });
    const form = page.locator("form", { has: page.getByRole("button", { name: "Gem besvarelsen" }) });
    await form
      .getByRole("group", { name: /Hvor tryg eller utryg/ })
      .getByLabel(tryg, { exact: true })
      .check();
    await form.getByRole("button", { name: "Gem besvarelsen" }).click();
    await expect(page.getByText("Besvarelsen er gemt.")).toBeVisible();
  }
  const compare = page.getByRole("table", { name: "Opfølgning 2019 mod Basismåling 2017, andel for andel" });
  await expect(
    compare
      .getByRole("row", { name: /Utryg$/ })
      .or(compare.getByRole("row", { name: /: Utryg/ }))
      .first(),
  ).toContainText("procentpoint");
  await expect(page.getByRole("row", { name: /Opfølgning 2019/ }).first()).toContainText("6 (0 via link, 6 på papir)");
  await checkPage(page, "the survey page");
  await page.screenshot({ path: "docs/screenshots/survey-comparison.png", fullPage: true });

  // The tryghed criterion reads its 2017 figure from the baseline round: 2 of 6 utryg or meget utryg.
  await page.goto(`${plan}/maalopfyldelse/beboerundersoegelse-utryghed?periode=2017`);
  await expect(page.locator("main")).toContainText("33,3");
});
