import { Link } from "react-router";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { PostForm, TextField } from "./form";

/** The versions as the editor shows them: the approved one, the open one, and what changed between them. */
export type EditorVersions = {
  slug: string;
  mayApprove: boolean;
  open?: { number: number; status: string; updatedAt: string };
  approved?: { number: number; body: string | null; on: string | null };
  changes?: { empty: boolean; counts: Record<string, number> };
};

/** The plan's version: approved, draft or submitted, with the buttons that move it on. */
export function EditorVersion({ d, fields }: { d: EditorVersions; fields?: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="editor-version" aria-labelledby="version-heading">
      <h2 id="version-heading">{t("editor.version")}</h2>
      {d.approved ? (
        <p>
          {t("editor.approvedVersion", {
            n: d.approved.number,
            body: d.approved.body ?? "–",
            on: d.approved.on ? formatDate(d.approved.on, lang) : "–",
          })}
        </p>
      ) : (
        <p>{t("editor.noApprovedVersion")}</p>
      )}
      {!d.open ? (
        <>
          <p>{t("editor.lockedApproved")}</p>
          <PostForm>
            <button type="submit" className="button button-primary" name="intent" value="start">
              {t("editor.startDraft")}
            </button>
          </PostForm>
        </>
      ) : d.open.status === "draft" ? (
        <>
          <p>
            <strong>{t("editor.draftVersion", { n: d.open.number })}</strong>{" "}
            {t("editor.lastChanged", {
              when: new Date(d.open.updatedAt).toLocaleString(lang === "en" ? "en-GB" : "da-DK"),
            })}
          </p>
          <PostForm className="editor-actions">
            <button type="submit" className="button button-primary" name="intent" value="submit">
              {t("editor.submit")}
            </button>
            <button type="submit" className="button button-secondary" name="intent" value="discard">
              {t("editor.discard")}
            </button>
          </PostForm>
        </>
      ) : (
        <>
          <p>
            <strong>{t("editor.submittedVersion", { n: d.open.number })}</strong> {t("editor.lockedSubmitted")}
          </p>
          {d.mayApprove ? <ApprovalForm fields={fields} /> : null}
        </>
      )}
      {d.changes ? (
        <p>
          {d.changes.empty ? t("editor.noChanges") : t("editor.changesSummary", d.changes.counts)}{" "}
          <Link to={`/planer/${d.slug}/versioner`}>{t("editor.seeDifference")}</Link>
        </p>
      ) : (
        <p>
          <Link to={`/planer/${d.slug}/versioner`}>{t("editor.versionsLink")}</Link>
        </p>
      )}
    </section>
  );
}

/** The approval of a submitted version: by which body, on which day, with which note; or back to draft. */
function ApprovalForm({ fields }: { fields?: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <PostForm className="editor-approve">
      <h3>{t("editor.approveTitle")}</h3>
      <TextField
        name="body"
        label={t("editor.approvedBy")}
        hint={t("editor.approvedByHint")}
        error={fields?.body}
        width="l"
      />
      <TextField name="on" type="date" label={t("editor.approvedOn")} error={fields?.on} width="s" />
      <TextField name="note" label={t("editor.decisionNote")} error={fields?.note} width="xl" />
      <div className="editor-actions">
        <button type="submit" className="button button-primary" name="intent" value="approve">
          {t("editor.approve")}
        </button>
        <button type="submit" className="button button-secondary" name="intent" value="reopen">
          {t("editor.reopen")}
        </button>
      </div>
    </PostForm>
  );
}
