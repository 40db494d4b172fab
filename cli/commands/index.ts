import type { CliCommand } from "../io";
import { attainmentCommand } from "./attainment";
import { auditVerify } from "./audit-verify";
import { dbMigrate } from "./db-migrate";
import { demo } from "./demo";
import { logExport } from "./log-export";
import { logImport } from "./log-import";
import { logTemplate } from "./log-template";
import { planExport } from "./plan-export";
import { planImport } from "./plan-import";
import { planRead } from "./plan-read";
import { planValidate } from "./plan-validate";
import { plansList } from "./plans-list";
import { processingRecordCommand } from "./processing-record";
import { report } from "./report";
import { retentionRun } from "./retention-run";
import { serve } from "./serve";
import { userAdd } from "./user-add";

/** Every `helhed` command, in the order `helhed --help` lists them. */
export const commands: CliCommand[] = [
  serve,
  dbMigrate,
  demo,
  plansList,
  planImport,
  planExport,
  planValidate,
  planRead,
  logTemplate,
  logExport,
  logImport,
  userAdd,
  retentionRun,
  processingRecordCommand,
  report,
  attainmentCommand,
  auditVerify,
];
