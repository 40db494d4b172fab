import { Link } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { PostForm } from "./form";

/** A criterion in the editor's tree. */
export type CriterionItem = { key: string; text: string };
/** An activity in the editor's tree, with its criteria and sub-activities. */
export type ActivityItem = {
  key: string;
  title: string;
  number?: string;
  criteria: CriterionItem[];
  activities: ActivityItem[];
};

/** The plan's structure: its criteria, focus areas and activities, with ↑ ↓ and add buttons while it may be edited. */
export function EditorStructure({
  base,
  planCriteria,
  focusAreas,
  editable,
}: {
  base: string;
  planCriteria: CriterionItem[];
  focusAreas: { key: string; title: string; criteria: CriterionItem[]; activities: ActivityItem[] }[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tree-heading">
      <h2 id="tree-heading">{t("editor.structure")}</h2>
      {/* The ↑ ↓ buttons in the tree submit this form (form="editor-tree"). */}
      <PostForm id="editor-tree">{null}</PostForm>
      <h3>{t("editor.planCriteria")}</h3>
      <ul className="editor-tree-criteria">
        {planCriteria.map((c) => (
          <li key={c.key} id={`kriterium-${c.key}`}>
            <Link to={`${base}/kriterium/${c.key}`}>{c.text}</Link>
          </li>
        ))}
      </ul>
      {editable ? (
        <Link to={`${base}/kriterium?ejer=plan`} className="button button-tertiary button-small">
          {t("editor.addCriterion")}
        </Link>
      ) : null}
      {focusAreas.map((f) => (
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
              <ActivityBranch key={a.key} a={a} base={base} editable={editable} depth={1} />
            ))}
          </ul>
          {editable ? (
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
      {editable ? (
        <Link to={`${base}/indsatsomraade`} className="button button-secondary">
          {t("editor.addFocusArea")}
        </Link>
      ) : null}
    </section>
  );
}

/** An activity with its criteria and sub-activities, a branch of the tree. */
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
