import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { danishLeft, stringsOf } from "../support/danish-text";
import { demoUser, signIn } from "./sign-in";

const slug = "staermosegaarden";
// The plan's own texts (titles, criteria, names) are shown as the plan writes them.
const planTexts = stringsOf(parse(readFileSync(`examples/plans/${slug}.yaml`, "utf8")));

const pages = [
  `/planer/${slug}/styregruppe?moede=2018-12-10&siden=2018-09-10&periode=2018`,
  `/planer/${slug}/rapporter?kind=status&periode=2018Q4&audience=internal&format=pdf&vis=1`,
  `/planer/${slug}/rapporter?kind=lbf&periode=PY3&audience=external&format=xlsx&vis=1`,
  `/planer/${slug}/rapporter?kind=funder&periode=2018&audience=external&format=docx&vis=1`,
  `/planer/${slug}/maalopfyldelse?periode=2018`,
  `/planer/${slug}/opfoelgning`,
  `/planer/${slug}`,
];

test("an English reader sees no Danish outside the plan's own texts on the meeting view, reports and attainment", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoUser("admin", slug));
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    // Charts are images (role="img" with an English label, their table beside them): their drawn
    // labels are plan texts cut short, so they are left out here.
    const text = await page.locator("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const svg of copy.querySelectorAll("svg")) svg.remove();
      document.body.append(copy);
      const shown = copy.innerText;
      copy.remove();
      return shown;
    });
    const left = danishLeft(text, planTexts);
    if (left.length) found.push(`${path}: ${left.join(", ")}`);
  }
  expect(found).toEqual([]);
  // The browser tab's title follows the interface language too.
  await page.goto(`/planer/${slug}/opfoelgning`);
  await expect(page).toHaveTitle("Follow-up · Helhed");
});
