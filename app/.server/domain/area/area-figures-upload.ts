import type { FigureMapping } from "~/area-figures/figure-mapping";
import type { Actor } from "../../auth/policy";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { dropUpload, stagedUpload, stageUpload } from "../logbook-excel/staged-uploads";
import { getPlan } from "../plans/get-plan";
import { checkAreaFigures, importAreaFigures } from "./import-area-figures";

/**
 * Checks an uploaded Beboerdata file and keeps it (encrypted, for an hour) for the mapping step and
 * the import, so the page works without JavaScript, as the logbook's Excel import does.
 */
export async function uploadAreaFigures(
  db: Database,
  cipher: FieldCipher,
  actor: Actor,
  slug: string,
  file: { name: string; bytes: Uint8Array },
) {
  const { planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const check = await checkAreaFigures(db, actor, slug, file.bytes);
  const uploadId = await stageUpload(db, cipher, { actor, planId, resource }, file.name, file.bytes);
  return { uploadId, fileName: file.name, check };
}

/** The kept file checked again with the mapping the user chose; or imported with it (then the file is dropped). */
export async function continueAreaFigures(
  db: Database,
  cipher: FieldCipher,
  actor: Actor,
  slug: string,
  uploadId: string,
  mapping: FigureMapping,
  importNow: boolean,
) {
  const { planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const staged = await stagedUpload(db, cipher, { actor, planId, resource }, uploadId);
  if (!importNow)
    return {
      uploadId,
      fileName: staged.fileName,
      check: await checkAreaFigures(db, actor, slug, staged.bytes, mapping),
    };
  const imported = await importAreaFigures(db, actor, slug, { name: staged.fileName, bytes: staged.bytes }, mapping);
  await dropUpload(db, uploadId);
  return { imported };
}
