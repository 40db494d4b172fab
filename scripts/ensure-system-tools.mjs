// Makes sure the system tools the tests use are installed, from Debian's packages (never a
// downloaded browser): Chromium for the browser tests, poppler-utils (pdftotext, pdftoppm) for
// reading the PDFs Helhed makes, LibreOffice (Writer, no GUI) for opening its Word files. Installs them with apt-get when running as root.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const needed = [
  { path: chromium, pkg: "chromium" },
  { path: "/usr/bin/pdftotext", pkg: "poppler-utils" },
  // LibreOffice stands in for Word: the Word files Helhed makes must open and convert.
  { path: "/usr/bin/soffice", pkg: "libreoffice-writer-nogui" },
].filter((t) => !existsSync(t.path));
if (needed.length === 0) process.exit(0);
const packages = needed.map((t) => t.pkg).join(" ");
if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
  console.error(`Mangler: ${packages}. Installér med "sudo apt-get install -y ${packages}" (eller sæt CHROMIUM_PATH).`);
  process.exit(1);
}
console.log(`Installerer ${packages} fra Debian …`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
  stdio: "inherit",
});
for (const t of needed)
  if (!existsSync(t.path)) {
    console.error(`${t.pkg} blev ikke installeret (${t.path}).`);
    process.exit(1);
  }
