import { expect, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { demoUser, signIn } from "./sign-in";

const plan = "/planer/amager-tryghedsplan-2017";
// A 1×1 PNG: the tiles served locally, and a photo.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
// A JPEG carrying an EXIF segment with a position, as a phone writes it.
const exif = Buffer.from("Exif\0\0GPS 55.6538N 12.6142E");
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x07, 0x4a, 0x46, 0x49, 0x46, 0x00]),
  Buffer.from([0xff, 0xe1, 0x00, exif.length + 2]),
  exif,
  Buffer.from([0xff, 0xd9]),
]);

test("Amager: a safety walk with three places on the map, photos and actions, open actions in the status note", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Map tiles never leave the machine: the tile address is answered here.
  let tiles = 0;
  await page.route("https://tile.openstreetmap.org/**", (route) => {
    tiles++;
    return route.fulfill({ status: 200, contentType: "image/png", body: png });
  });
  await signIn(page, demoUser("projektleder", "amager-tryghedsplan-2017"));
  await page.goto(`${plan}/tryghedsvandringer`);
  await page.getByLabel("Titel").fill("Tryghedsvandring i Urbanplanen");
  await page.getByLabel("Dato").fill("2018-10-04");
  await page.getByLabel("Deltagere").fill("Københavns Politi, SSP, 3B, seks beboere");
  await page.getByRole("button", { name: "Opret vandringen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tryghedsvandring i Urbanplanen" })).toBeVisible();

  // An SVG named .png is refused, and nothing is saved.
  await page.getByLabel("Breddegrad").fill("55,6521");
  await page.getByLabel("Længdegrad").fill("12,6105");
  await page.getByLabel("Problem").fill("Mørk sti bag Hørgården");
  await page.getByLabel("Aftalt handling").fill("Belysning opsættes");
  await page.getByLabel("Ansvarlig").fill("3B, driften");
  await page.getByLabel("Foto").setInputFiles({
    name: "sti.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await page.getByRole("button", { name: "Gem stedet" }).click();
  await expect(page.getByText("Vælg et billede i JPEG, PNG eller WebP.")).toBeVisible();

  const places = [
    {
      lat: "55,6521",
      lng: "12,6105",
      problem: "Mørk sti bag Hørgården",
      action: "Belysning opsættes",
      who: "3B, driften",
      photo: { name: "sti.png", mimeType: "image/png", buffer: png },
    },
    {
      lat: "55,6538",
      lng: "12,6142",
      problem: "Unge samles ved indgangen til p-kælderen",
      action: "SSP opsøgende om aftenen",
      who: "SSP København",
      photo: { name: "kaelder.jpg", mimeType: "image/jpeg", buffer: jpeg },
    },
    {
      lat: "55,6510",
      lng: "12,6160",
      problem: "Tilgroet buskads ved legepladsen",
      action: "Beskæring af buske",
      who: "Københavns Kommune, Park",
      photo: { name: "buske.png", mimeType: "image/png", buffer: png },
    },
  ];
  for (const [i, p] of places.entries()) {
    await page.getByLabel("Breddegrad").fill(p.lat);
    await page.getByLabel("Længdegrad").fill(p.lng);
    await page.getByLabel("Problem").fill(p.problem);
    await page.getByLabel("Aftalt handling").fill(p.action);
    await page.getByLabel("Ansvarlig").fill(p.who);
    await page.getByLabel("Foto").setInputFiles(p.photo);
    await page.getByRole("button", { name: "Gem stedet" }).click();
    // The page after this save (the message of the one before may still be showing): the map has one more place.
    await expect(page.locator(".walk-map")).toHaveAttribute("data-markers", String(i + 1));
    await expect(page.getByText("Stedet er gemt.")).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Kort over vandringens 3 steder" })).toHaveAttribute(
    "data-markers",
    "3",
  );
  await expect(page.locator(".leaflet-interactive")).toHaveCount(3);
  expect(tiles).toBeGreaterThan(0);
  await expect(page.getByRole("img", { name: /Foto af stedet/ })).toHaveCount(3);
  // The last place's action is done; two stay open.
  await page.getByLabel("Status for sted 3").selectOption("done");
  await page
    .getByRole("row", { name: /Tilgroet buskads/ })
    .getByRole("button", { name: "Gem status" })
    .click();
  await expect(page.getByText("Status er gemt.")).toBeVisible();
  await checkPage(page, "the safety walk page");
  await page.screenshot({ path: "docs/screenshots/safety-walk-amager.png", fullPage: true });

  // The photo is served as the image it is.
  const src = (await page.getByRole("img", { name: /Mørk sti/ }).getAttribute("src")) ?? "";
  const photo = await page.request.get(src);
  expect(photo.headers()["content-type"]).toBe("image/png");

  // The JPEG is kept without its GPS position.
  const kept = await page.request.get((await page.getByRole("img", { name: /p-kælderen/ }).getAttribute("src")) ?? "");
  expect(kept.headers()["content-type"]).toBe("image/jpeg");
  expect((await kept.body()).toString("latin1")).not.toContain("GPS");

  // The status note lists the open actions, not the one done.
  const note = await page.request.get(`${plan}/rapporter/fil?kind=status&format=html&periode=2018`);
  const html = await note.text();
  expect(html).toContain("Tryghedsvandringer: åbne handlinger");
  expect(html).toContain("Belysning opsættes");
  expect(html).toContain("SSP opsøgende om aftenen");
  expect(html).not.toContain("Beskæring af buske");
  await page.goto(`${plan}/tryghedsvandringer`);
  await checkPage(page, "the safety walks list");
});
