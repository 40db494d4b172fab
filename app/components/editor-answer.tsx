import { useTranslation } from "~/i18n/use-translation";
import { FormMessage } from "./form";

/** What the plan editor's action answered besides the fields. */
export type EditorAnswerParts = {
  message?: string;
  general?: string[];
  info?: string;
  notes?: string[];
  offer?: { label: string; payload: string };
};

/** The editor's answer above the form: the message, problems that have no field, and the builder's notes and offer. */
export function EditorAnswer({ answer }: { answer?: EditorAnswerParts }) {
  const { t } = useTranslation();
  return (
    <>
      <FormMessage message={answer?.message} />
      {answer?.general?.length ? (
        <ul className="editor-general-problems">
          {answer.general.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      ) : null}
      <FormMessage message={answer?.info} kind="success" />
      {answer?.notes?.length ? (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t("editor.criterion.notes")}</p>
            <ul className="alert-text">
              {answer.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            {answer.offer ? (
              <p>
                <input type="hidden" name="newTypes" value={answer.offer.payload} form="editor-form" />
                <button
                  type="submit"
                  form="editor-form"
                  name="intent"
                  value="create-types"
                  className="button button-secondary"
                >
                  {answer.offer.label}
                </button>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
}
