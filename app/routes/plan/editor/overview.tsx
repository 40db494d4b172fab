import { Link, redirect, useActionData, useSearchParams } from "react-router";
import { approveVersion, discardDraft, reopenDraft, submitDraft } from "~/.server/domain/versions/approval";
import { changeDraft } from "~/.server/domain/versions/change-draft";
import { editorState } from "~/.server/domain/versions/editor-state";
import { startDraft } from "~/.server/domain/versions/start-draft";
import { userError } from "~/.server/errors";
import { type Refusal, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { type ActivityItem, type CriterionItem, EditorStructure } from "~/components/editor-structure";
import { EditorVersion } from "~/components/editor-version";
import { FormMessage } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Activity } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import { diffPlans } from "~/plan-format/diff-plans";
import { reorderActivity } from "~/plan-format/edit-plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { Route } from "./+types/overview";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "editPlan");
}

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

export default function EditorOverview({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = search.get("gemt");
  const base = `/planer/${d.slug}/rediger`;
  return (
    <>
      <h1>{t("editor.title")}</h1>
      {saved ? (
        <FormMessage kind="success" message={t(`editor.saved.${saved}`, { defaultValue: t("editor.saved.default") })} />
      ) : null}
      <FormMessage message={answer?.error} />
      <EditorVersion d={d} fields={answer?.fields} />
      <PlanParts d={d} base={base} />
      <EditorStructure base={base} planCriteria={d.planCriteria} focusAreas={d.focusAreas} editable={d.editable} />
    </>
  );
}

const simpleParts = ["grundoplysninger", "oekonomi", "milepaele", "roller", "forandringsteori", "ordlister"];

/** The parts of the plan: links to the simple sections, and the lists (areas, partners, bodies, course types). */
function PlanParts({ d, base }: { d: Route.ComponentProps["loaderData"]; base: string }) {
  const { t } = useTranslation();
  const lists = [
    { id: "omraade", items: d.lists.omraade },
    { id: "partner", items: d.lists.partner },
    { id: "organ", items: d.lists.organ },
    { id: "forloebstype", items: d.lists.forloebstype },
  ];
  return (
    <section aria-labelledby="sections-heading">
      <h2 id="sections-heading">{t("editor.partsOfPlan")}</h2>
      <ul className="editor-sections">
        {simpleParts.map((id) => (
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
  );
}
