import { useTranslation } from "react-i18next";
import { Link, redirect, useActionData, useSearchParams } from "react-router";
import { approveVersion, discardDraft, reopenDraft, submitDraft } from "~/.server/domain/versions/approval";
import { changeDraft } from "~/.server/domain/versions/change-draft";
import { editorState } from "~/.server/domain/versions/editor-state";
import { startDraft } from "~/.server/domain/versions/start-draft";
import { userError } from "~/.server/errors";
import { type Refusal, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { FormMessage, PostForm, TextField } from "~/components/form";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import type { Activity } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import { diffPlans } from "~/plan-format/diff-plans";
import { reorderActivity } from "~/plan-format/edit-plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { Route } from "./+types/overview";

export function meta() {
  return [{ title: "Rediger plan · Helhed" }];
}

type CriterionItem = { key: string; text: string };
type ActivityItem = {
  key: string;
  title: string;
  number?: string;
  criteria: CriterionItem[];
  activities: ActivityItem[];
};

const criteria = (list: Criterion[]): CriterionItem[] => list.map((c) => ({ key: c.key, text: c.text }));
const tree = (a: Activity): ActivityItem => ({
  key: a.key,
  title: a.title,
  number: a.number,
  criteria: criteria(a.criteria),
  activities: a.activities.map(tree),
});

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const { db } = services(context);
  const s = await editorState(db, actor, params.slug);
  const doc = s.document;
  const diff = s.open && s.approved ? diffPlans(s.approved.document, s.open.document) : undefined;
  const changes = diff
    ? {
        empty: diff.empty,
        counts: {
          activities:
            diff.activities.added.length +
            diff.activities.removed.length +
            diff.activities.changed.length +
            diff.activities.moved.length,
          criteria: diff.criteria.added.length + diff.criteria.removed.length + diff.criteria.changed.length,
          targets: diff.criteria.targets.length,
          budget: diff.budget.amounts.length + diff.budget.added.length + diff.budget.removed.length,
          milestones: diff.milestones.added.length + diff.milestones.removed.length + diff.milestones.changed.length,
        },
      }
    : undefined;
  return {
    slug: params.slug,
    title: doc.title,
    editable: s.editable,
    mayApprove: s.mayApprove,
    open: s.open
      ? { number: s.open.number, status: s.open.status, updatedAt: s.open.updatedAt.toISOString() }
      : undefined,
    approved: s.approved
      ? {
          number: s.approved.number,
          body: s.approved.approvedBody,
          on: s.approved.approvedOn,
          note: s.approved.decisionNote,
        }
      : undefined,
    changes,
    planCriteria: criteria(doc.criteria),
    focusAreas: doc.focusAreas.map((f) => ({
      key: f.key,
      title: f.number ? `${f.number} ${f.title}` : f.title,
      criteria: criteria(f.criteria),
      activities: f.activities.map(tree),
    })),
    lists: {
      partner: doc.partners.map((p) => ({ key: p.key, label: p.name })),
      organ: doc.governance.map((g) => ({ key: g.key, label: g.name })),
      omraade: doc.areas.map((a) => ({ key: a.key, label: a.name })),
      forloebstype: indexPlan(doc).courseTypes.map((c) => ({
        key: c.courseType.key,
        label: `${c.courseType.name} (${c.activity.title})`,
      })),
    },
  };
});

export const action = withFormErrors(
  async ({ context, request, params }: Route.ActionArgs, refusal: Refusal<{ error: string }>) => {
    const actor = requireActor(context, request);
    const { db } = services(context);
    const form = await request.formData();
    const intent = String(form.get("intent") ?? "");
    const slug = params.slug;
    const text = (name: string) => String(form.get(name) ?? "");
    // The approval's own fields show their messages at the fields; the rest are read out above the form.
    refusal.shape((failure, error) => ({
      error: [
        failure.error,
        ...failure.problems.filter((_, i) => !approvalFields.includes(error.details[i].path)),
      ].join(" "),
    }));
    if (intent === "start") await startDraft(db, actor, slug);
    else if (intent === "submit") await submitDraft(db, actor, slug);
    else if (intent === "reopen") await reopenDraft(db, actor, slug);
    else if (intent === "discard") await discardDraft(db, actor, slug);
    else if (intent === "approve")
      await approveVersion(db, actor, slug, { body: text("body"), on: text("on"), note: text("note") });
    else if (intent.startsWith("up:") || intent.startsWith("down:")) {
      const [direction, key] = intent.split(":") as ["up" | "down", string];
      await changeDraft(db, actor, slug, (plan) => reorderActivity(plan, key, direction));
    } else throw userError("bad-request", "unknownIntent");
    return redirect(`/planer/${slug}/rediger?gemt=${intent.split(":")[0]}`);
  },
);

const approvalFields = ["body", "on", "note"];

function ActivityBranch({
  a,
  base,
  editable,
  depth,
}: {
  a: ActivityItem;
  base: string;
  editable: boolean;
  depth: number;
}) {
  const { t } = useTranslation();
  return (
    <li className="editor-tree-activity" id={`aktivitet-${a.key}`}>
      <div className="editor-tree-line">
        <Link to={`${base}/aktivitet/${a.key}`}>
          {a.number ? `${a.number} ` : ""}
          {a.title}
        </Link>
        {editable ? (
          <span className="editor-tree-tools">
            <button
              type="submit"
              form="editor-tree"
              name="intent"
              value={`up:${a.key}`}
              className="button button-tertiary button-small"
              aria-label={t("editor.moveUp", { title: a.title })}
            >
              ↑
            </button>
            <button
              type="submit"
              form="editor-tree"
              name="intent"
              value={`down:${a.key}`}
              className="button button-tertiary button-small"
              aria-label={t("editor.moveDown", { title: a.title })}
            >
              ↓
            </button>
            <Link to={`${base}/kriterium?ejer=activity:${a.key}`} className="button button-tertiary button-small">
              {t("editor.addCriterion")}
            </Link>
            {depth < 3 ? (
              <Link to={`${base}/aktivitet?under=${a.key}`} className="button button-tertiary button-small">
                {t("editor.addSubActivity")}
              </Link>
            ) : null}
          </span>
        ) : null}
      </div>
      {a.criteria.length > 0 ? (
        <ul className="editor-tree-criteria">
          {a.criteria.map((c) => (
            <li key={c.key} id={`kriterium-${c.key}`}>
              <Link to={`${base}/kriterium/${c.key}`}>{c.text}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {a.activities.length > 0 ? (
        <ul className="editor-tree-activities">
          {a.activities.map((child) => (
            <ActivityBranch key={child.key} a={child} base={base} editable={editable} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default function EditorOverview({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = search.get("gemt");
  const base = `/planer/${d.slug}/rediger`;
  const simple = ["grundoplysninger", "oekonomi", "milepaele", "roller", "forandringsteori", "ordlister"];
  const lists = [
    { id: "omraade", items: d.lists.omraade },
    { id: "partner", items: d.lists.partner },
    { id: "organ", items: d.lists.organ },
    { id: "forloebstype", items: d.lists.forloebstype },
  ];
  return (
    <>
      <h1>{t("editor.title")}</h1>
      {saved ? (
        <FormMessage kind="success" message={t(`editor.saved.${saved}`, { defaultValue: t("editor.saved.default") })} />
      ) : null}
      <FormMessage message={answer?.error} />

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
            {d.mayApprove ? (
              <PostForm className="editor-approve">
                <h3>{t("editor.approveTitle")}</h3>
                <TextField
                  name="body"
                  label={t("editor.approvedBy")}
                  hint={t("editor.approvedByHint")}
                  error={answer?.fields.body}
                  width="l"
                />
                <TextField name="on" type="date" label={t("editor.approvedOn")} error={answer?.fields.on} width="s" />
                <TextField name="note" label={t("editor.decisionNote")} error={answer?.fields.note} width="xl" />
                <div className="editor-actions">
                  <button type="submit" className="button button-primary" name="intent" value="approve">
                    {t("editor.approve")}
                  </button>
                  <button type="submit" className="button button-secondary" name="intent" value="reopen">
                    {t("editor.reopen")}
                  </button>
                </div>
              </PostForm>
            ) : null}
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

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t("editor.partsOfPlan")}</h2>
        <ul className="editor-sections">
          {simple.map((id) => (
            <li key={id}>
              <Link to={`${base}/${id}`}>{t(`editor.sectionLinks.${id}`)}</Link>
            </li>
          ))}
        </ul>
        {lists.map((l) => (
          <div key={l.id} className="editor-list">
            <h3>{t(`editor.sectionLinks.${l.id}`)}</h3>
            {l.items.length > 0 ? (
              <ul>
                {l.items.map((i) => (
                  <li key={i.key}>
                    <Link to={`${base}/${l.id}/${i.key}`}>{i.label}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="form-hint">{t("editor.noneYet")}</p>
            )}
            {d.editable ? (
              <Link to={`${base}/${l.id}`} className="button button-secondary button-small">
                {t("editor.add")}
              </Link>
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby="tree-heading">
        <h2 id="tree-heading">{t("editor.structure")}</h2>
        {/* The ↑ ↓ buttons in the tree submit this form (form="editor-tree"). */}
        <PostForm id="editor-tree">{null}</PostForm>
        <h3>{t("editor.planCriteria")}</h3>
        <ul className="editor-tree-criteria">
          {d.planCriteria.map((c) => (
            <li key={c.key} id={`kriterium-${c.key}`}>
              <Link to={`${base}/kriterium/${c.key}`}>{c.text}</Link>
            </li>
          ))}
        </ul>
        {d.editable ? (
          <Link to={`${base}/kriterium?ejer=plan`} className="button button-tertiary button-small">
            {t("editor.addCriterion")}
          </Link>
        ) : null}
        {d.focusAreas.map((f) => (
          <div key={f.key} className="editor-tree-focus-area" id={`indsatsomraade-${f.key}`}>
            <h3>
              <Link to={`${base}/indsatsomraade/${f.key}`}>{f.title}</Link>
            </h3>
            {f.criteria.length > 0 ? (
              <ul className="editor-tree-criteria">
                {f.criteria.map((c) => (
                  <li key={c.key} id={`kriterium-${c.key}`}>
                    <Link to={`${base}/kriterium/${c.key}`}>{c.text}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
            <ul className="editor-tree-activities">
              {f.activities.map((a) => (
                <ActivityBranch key={a.key} a={a} base={base} editable={d.editable} depth={1} />
              ))}
            </ul>
            {d.editable ? (
              <p className="editor-actions">
                <Link to={`${base}/aktivitet?indsatsomraade=${f.key}`} className="button button-secondary button-small">
                  {t("editor.addActivity")}
                </Link>
                <Link to={`${base}/kriterium?ejer=fa:${f.key}`} className="button button-tertiary button-small">
                  {t("editor.addCriterion")}
                </Link>
              </p>
            ) : null}
          </div>
        ))}
        {d.editable ? (
          <Link to={`${base}/indsatsomraade`} className="button button-secondary">
            {t("editor.addFocusArea")}
          </Link>
        ) : null}
      </section>
    </>
  );
}
