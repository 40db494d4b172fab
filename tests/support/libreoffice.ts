import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, extname, join } from "node:path";

/** The filters the tests convert with: Word (DOCX), PDF from Writer, PDF from whatever opens. */
export const libreOfficeFilters = {
  docx: "docx:MS Word 2007 XML",
  pdf: "pdf:writer_pdf_Export",
  anyPdf: "pdf",
} as const;

/**
 * Converts files with LibreOffice (headless) into `outdir`, each as `<name>.<ext>`. Each attempt gets
 * a fresh profile and is stopped after `timeoutMs`. Output goes to no pipe: LibreOffice's second
 * process (soffice.bin, which outlives the first) would hold a pipe open and keep the test waiting
 * after a timeout. A stopped attempt's processes are killed and it is tried again, up to three times.
 * @example convertWithLibreOffice([file], "pdf", dir)
 */
export function convertWithLibreOffice(files: string[], filter: string, outdir: string, timeoutMs = 120_000) {
  const ext = filter.split(":")[0];
  const made = () => files.every((f) => existsSync(join(outdir, `${basename(f, extname(f))}.${ext}`)));
  for (let attempt = 1; attempt <= 3; attempt++) {
    const profile = join(outdir, `profile-${attempt}`);
    spawnSync(
      "/usr/bin/soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", outdir, ...files],
      { stdio: "ignore", timeout: timeoutMs, killSignal: "SIGKILL" },
    );
    if (made()) return;
    try {
      execFileSync("pkill", ["-KILL", "-f", `UserInstallation=file://${profile}`], { stdio: "ignore" });
    } catch {
      // none left
    }
  }
  throw new Error(`LibreOffice made no ${ext} of ${files.map((f) => basename(f)).join(", ")} in three attempts`);
}
