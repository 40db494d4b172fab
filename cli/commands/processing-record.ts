import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { eq } from "drizzle-orm";
import { authorize } from "~/.server/auth/authorize";
import { organisations, plans } from "~/.server/db/schema";
import { retentionRulesOf } from "~/.server/domain/persons/retention-rules";
import { userError } from "~/.server/errors";
import { processingRecord } from "~/.server/reports/processing-record";
import { renderHtmlDocument } from "~/.server/reports/render-html";
import { renderPdf } from "~/.server/reports/render-pdf";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed processing-record --organisation ORG --out FIL`: the record of processing (GDPR art. 30). */
export const processingRecordCommand: CliCommand = {
  words: ["processing-record"],
  usage: "helhed processing-record --organisation ORG --out FIL [--format pdf|html] --as EMAIL",
  summary: "Dan fortegnelsen over behandling af personoplysninger for en organisation",
  actor: "user",
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { organisation: { type: "string" }, out: { type: "string" }, format: { type: "string" }, ...asOption },
      this.usage,
    );
    if (!values.organisation || !values.out)
      throw userError("bad-arguments", "cliUsage", { params: { usage: this.usage } });
    const format = values.format ?? (values.out.endsWith(".html") ? "html" : "pdf");
    const bytes = await withDatabase(io, async ({ db }) => {
      const actor = await cliActor(db, io, values.as);
      const [org] = await db
        .select()
        .from(organisations)
        .where(eq(organisations.slug, values.organisation as string));
      if (!org)
        throw userError("not-found", "cliOrganisationNotFound", {
          params: { organisation: values.organisation as string },
        });
      await authorize(db, actor, "organisation.manage", { type: "organisation", organisationId: org.id });
      const titles = (await db.select({ title: plans.title }).from(plans).where(eq(plans.organisationId, org.id))).map(
        (p) => p.title,
      );
      const doc = processingRecord(
        org,
        await retentionRulesOf(db, org.id),
        titles,
        new Date().toISOString().slice(0, 10),
      );
      return format === "html" ? Buffer.from(renderHtmlDocument(doc)) : renderPdf(doc);
    });
    await writeFile(resolve(io.cwd, values.out), bytes);
    io.out(`Skrevet til ${values.out}`);
    return 0;
  },
};
