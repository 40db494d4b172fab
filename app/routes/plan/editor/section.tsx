import { useEffect, useRef } from "react";
import { data, Link, redirect, useActionData, useFetcher, useNavigation } from "react-router";
import { changeDraft } from "~/.server/domain/versions/change-draft";
import { editorState } from "~/.server/domain/versions/editor-state";
import { translatorFor } from "~/.server/http/translator";
import { pageError, type Refusal, withFormErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { EditorAnswer } from "~/components/editor-answer";
import { EntityFields, useConditionalFields } from "~/components/entity-fields";
import { PostForm } from "~/components/form";
import { FormDraftNotice, useFormDraft } from "~/components/form-draft";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { placeProblems } from "~/plan-editor/field-errors";
import type { FieldSpec, FormValues } from "~/plan-editor/fields";
import { readForm } from "~/plan-editor/read-form";
import { sectionById } from "~/plan-editor/sections";
import { type EditorSection, SectionProblem } from "~/plan-editor/sections/section";
import type { NewTypes } from "~/plan-format/criterion-builder/new-types";
import type { PlanFile } from "~/plan-format/plan";
import { formatPath, type PlanPath } from "~/plan-format/plan-index";
import type { Route } from "./+types/section";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "editPlan");
}

async function open(context: Route.LoaderArgs["context"], request: Request, params: Route.LoaderArgs["params"]) {
  const actor = requireActor(context, request);
  const section = sectionById(params.section);
  if (!section) throw data({ message: "not-found", code: "not-found" }, { status: 404 });
  const { db } = services(context);
  const state = await editorState(db, actor, params.slug).catch((error) => pageError(error, request));
  const query = new URL(request.url).searchParams;
  const t = translatorFor(request);
  const fields = section.fields(state.document, t, params.key, query);
  return { actor, section, db, state, query, fields, t };
}

/** Everything the page needs besides the values: the section, its fields, the version's state. */
function page(
  params: Route.LoaderArgs["params"],
  section: EditorSection,
  fields: FieldSpec[],
  state: Awaited<ReturnType<typeof editorState>>,
  t: (k: string) => string,
) {
  const item = section.list && params.key ? section.list(state.document).find((i) => i.key === params.key) : undefined;
  return {
    slug: params.slug,
    key: params.key,
    sectionId: section.id,
    title: t(section.titleKey),
    itemLabel: item?.label,
    fields,
    editable: state.editable,
    status: state.open?.status ?? "approved",
    canPropose: !!section.propose,
    canRemove: !!section.remove && !!params.key,
  };
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { section, state, query, fields, t } = await open(context, request, params);
  const values = section.read(state.document, params.key, query);
  if (!values) throw data({ message: "not-found", code: "not-found" }, { status: 404 });
  return {
    ...page(params, section, fields, state, t),
    values,
    summary: section.summary?.(state.document, values),
  };
}

type Answer = {
  values: FormValues;
  errors: Record<string, string>;
  message?: string;
  general?: string[];
  notes?: string[];
  summary?: string;
  info?: string;
  /** The builder's offer to create the types the proposal needs (sent back with intent create-types). */
  offer?: { label: string; payload: string };
  /** The fields again when the action changed what they offer (a course type was created); not
   * `fields`, which a refusal uses for the messages by field. */
  fieldSpecs?: FieldSpec[];
};

type Opened = Awaited<ReturnType<typeof open>>;

export const action = withFormErrors(
  async ({ context, request, params }: Route.ActionArgs, refusal: Refusal<Answer>) => {
    const opened = await open(context, request, params);
    const { section, state, fields, t } = opened;
    const form = await request.formData();
    const intent = String(form.get("intent") ?? "save");
    if (intent === "remove" && section.remove && params.key) return removeItem(opened, params, params.key, refusal);
    const { values, errors } = readForm(form, fields);
    const summary = () => section.summary?.(state.document, values);
    if (intent.startsWith("rows:")) return data<Answer>({ values, errors, summary: summary() });
    if ((intent === "propose" || intent === "create-types") && section.propose)
      return proposeCriterion(opened, section.propose, { params, request, form, intent, values });
    if (Object.keys(errors).length > 0)
      return data<Answer>({ values, errors, message: t("editor.fixFields"), summary: summary() }, { status: 400 });
    return writeItem(opened, params, values, intent === "check", refusal);
  },
);

/** Removes the item from the draft; a refusal shows the item's stored values with the message. */
async function removeItem(
  { actor, section, db, state }: Opened,
  params: Route.ActionArgs["params"],
  key: string,
  refusal: Refusal<Answer>,
) {
  refusal.shape((failure) => ({
    values: section.read(state.document, key) ?? {},
    errors: {},
    message: failure.error,
    general: failure.problems,
  }));
  await changeDraft(db, actor, params.slug, (plan) => {
    section.remove?.(plan, key);
    return plan;
  });
  return redirect(`/planer/${params.slug}/rediger?gemt=fjernet`);
}

/** The builder's proposal from the criterion's text; with intent create-types it first creates the types it needs. */
async function proposeCriterion(
  { actor, section, db, state, t }: Opened,
  propose: NonNullable<EditorSection["propose"]>,
  {
    params,
    request,
    form,
    intent,
    values,
  }: { params: Route.ActionArgs["params"]; request: Request; form: FormData; intent: string; values: FormValues },
) {
  const plan = structuredClone(state.document);
  let created: string[] = [];
  if (intent === "create-types" && section.createTypes) {
    const creates = JSON.parse(String(form.get("newTypes") ?? "{}")) as NewTypes;
    created = section.createTypes(plan, values, creates);
    await changeDraft(db, actor, params.slug, (draft: PlanFile) => {
      section.createTypes?.(draft, values, creates);
      return draft;
    });
  }
  const proposal = propose(plan, values);
  const names = [proposal.creates?.courseType?.name, proposal.creates?.eventType?.name].filter(Boolean).join(" og ");
  return data<Answer>({
    values: proposal.values,
    errors: {},
    notes: proposal.notes,
    summary: section.summary?.(plan, proposal.values),
    info:
      created.length > 0
        ? t("editor.criterion.typesCreated", { names: created.join(", ") })
        : t("editor.criterion.proposed"),
    ...(created.length > 0
      ? { fieldSpecs: section.fields(plan, t, params.key, new URL(request.url).searchParams) }
      : {}),
    ...(proposal.creates
      ? {
          offer: { label: t("editor.criterion.createTypes", { names }), payload: JSON.stringify(proposal.creates) },
        }
      : {}),
  });
}

/** Writes the item into the draft (or only checks it, a dry run); problems land at this item's fields. */
async function writeItem(
  { actor, section, db, state, fields, t }: Opened,
  params: Route.ActionArgs["params"],
  values: FormValues,
  dryRun: boolean,
  refusal: Refusal<Answer>,
) {
  const summary = () => section.summary?.(state.document, values);
  let path: PlanPath = [];
  let savedKey: string | undefined;
  // The use case's problems are placed at this item's fields; the rest are listed above the form.
  refusal.shape((failure, error) => {
    const problems = error.details.map((d, n) => ({ path: d.path, message: failure.problems[n] }));
    const placed = placeProblems(problems, formatPath(path), fields);
    return { values, errors: placed.fields, message: failure.error, general: placed.general, summary: summary() };
  });
  try {
    await changeDraft(
      db,
      actor,
      params.slug,
      (plan: PlanFile) => {
        const result = section.write(plan, values, params.key);
        path = result.path;
        savedKey = result.key;
        return plan;
      },
      { dryRun },
    );
  } catch (error) {
    if (error instanceof SectionProblem)
      return data<Answer>(
        { values, errors: { [error.field]: error.message }, message: t("editor.fixFields"), summary: summary() },
        { status: 400 },
      );
    throw error;
  }
  if (dryRun) return data<Answer>({ values, errors: {}, summary: summary() });
  return redirect(`/planer/${params.slug}/rediger?gemt=${section.id}${savedKey ? `#${section.id}-${savedKey}` : ""}`);
}

export default function EditSection({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const check = useFetcher<typeof action>();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const values = answer?.values ?? d.values;
  // While typing, the server checks the form (a dry run) and its problems show at the fields.
  const live = check.data && check.state === "idle" ? check.data : undefined;
  const errors = { ...(answer?.errors ?? {}), ...(live?.errors ?? {}) };
  const summary = live?.summary ?? answer?.summary ?? d.summary;
  const draft = useFormDraft(formRef, `${d.slug}/${d.sectionId}/${d.key ?? "ny"}`, navigation.state === "submitting");
  useConditionalFields(formRef);
  const checkSoon = useLiveCheck(formRef, check.submit, d.editable);
  const base = `/planer/${d.slug}/rediger`;
  // a new key when the values or the offered options change (a created course type), so selects take them
  const formKey = JSON.stringify([answer?.values ?? "", answer?.fieldSpecs ? answer.info : ""]);
  const shown = answer?.fieldSpecs ?? d.fields;
  return (
    <>
      <SectionHeading d={d} />
      <EditorAnswer answer={answer} />
      <FormDraftNotice draft={draft} />
      <PostForm key={formKey} formRef={formRef} id="editor-form" onChange={checkSoon}>
        {/* Enter in a field saves (the first submit button of a form is the one Enter presses). */}
        <button type="submit" name="intent" value="save" className="editor-default-submit" tabIndex={-1} aria-hidden>
          {t("editor.save")}
        </button>
        <SectionFields d={d} fields={shown} values={values} errors={errors} summary={summary} />
        <div className="editor-actions">
          <button type="submit" className="button button-primary" name="intent" value="save" disabled={!d.editable}>
            {t("editor.save")}
          </button>
          <Link to={base} className="button button-tertiary">
            {t("editor.cancel")}
          </Link>
        </div>
      </PostForm>
      {d.canRemove && d.editable ? (
        <PostForm className="editor-remove">
          <button type="submit" className="button button-secondary" name="intent" value="remove">
            {t("editor.removeItem", { what: d.title.toLowerCase() })}
          </button>
        </PostForm>
      ) : null}
    </>
  );
}

type Data = Route.ComponentProps["loaderData"];

/** While typing, the server checks the form (a dry run) 600 ms after the last change; a submit cancels a pending check. */
function useLiveCheck(
  formRef: React.RefObject<HTMLFormElement | null>,
  submit: (form: FormData, options: { method: "post" }) => unknown,
  editable: boolean,
) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    // A save (or any submit) cancels a pending check, so the check never races the save.
    const element = formRef.current;
    const cancel = () => clearTimeout(timer.current);
    element?.addEventListener("submit", cancel);
    return () => {
      element?.removeEventListener("submit", cancel);
      cancel();
    };
  }, [formRef]);
  return () => {
    if (!editable || !formRef.current) return;
    clearTimeout(timer.current);
    const form = new FormData(formRef.current);
    form.set("intent", "check");
    timer.current = setTimeout(() => submit(form, { method: "post" }), 600);
  };
}

/** Where the item sits, its title, and why it cannot be changed when the version is locked. */
function SectionHeading({ d }: { d: Data }) {
  const { t } = useTranslation();
  const base = `/planer/${d.slug}/rediger`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("editor.title"), to: base },
          {
            label: d.itemLabel
              ? `${d.title}: ${d.itemLabel}`
              : d.key
                ? d.title
                : t("editor.newItem", { what: d.title }),
          },
        ]}
      />
      <h1>{d.itemLabel ?? (d.key ? d.title : t("editor.newItem", { what: d.title }))}</h1>
      {!d.editable ? (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">
              {d.status === "submitted" ? t("editor.lockedSubmitted") : t("editor.lockedApproved")}
            </p>
            <Link to={base}>{t("editor.toOverview")}</Link>
          </div>
        </div>
      ) : null}
    </>
  );
}

/** The section's fields; a criterion gets the builder's button after its first two fields; the rule in words below. */
function SectionFields({
  d,
  fields: shown,
  values,
  errors,
  summary,
}: {
  d: Data;
  fields: FieldSpec[];
  values: FormValues;
  errors: Record<string, string>;
  summary?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {d.canPropose ? (
        <>
          <EntityFields fields={shown.slice(0, 2)} values={values} errors={errors} />
          <div className="editor-propose">
            <button type="submit" className="button button-secondary" name="intent" value="propose">
              {t("editor.criterion.propose")}
            </button>
            <p className="form-hint">{t("editor.criterion.proposeHint")}</p>
          </div>
          <EntityFields fields={shown.slice(2)} values={values} errors={errors} />
        </>
      ) : (
        <EntityFields fields={shown} values={values} errors={errors} />
      )}
      {summary ? (
        <div className="editor-summary" aria-live="polite">
          <p className="h4">{t("editor.criterion.describes")}</p>
          <p>{summary}</p>
        </div>
      ) : null}
    </>
  );
}
