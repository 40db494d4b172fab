import type { Question } from "~/surveys/questionnaire";

/** The questionnaire as form fields (radio groups, a number, a text area), used by residents and by staff typing in paper. */
export function QuestionnaireFields({
  questions,
  errors = {},
}: {
  questions: Question[];
  errors?: Record<string, string>;
}) {
  return (
    <div className="questionnaire">
      {questions.map((q) => {
        const id = `q-${q.key}`;
        const error = errors[q.key];
        if (q.type === "single" || q.type === "likert")
          return (
            <fieldset
              key={q.key}
              className={`form-group${error ? " form-error" : ""}`}
              aria-describedby={error ? `${id}-error` : undefined}
            >
              <legend className="form-label">{q.text}</legend>
              {error ? (
                <span className="form-error-message" id={`${id}-error`}>
                  {error}
                </span>
              ) : null}
              <ul className="nobullet-list">
                {q.options.map((o) => (
                  <li key={o.key}>
                    <input
                      className="form-radio"
                      type="radio"
                      id={`${id}-${o.key}`}
                      name={`q.${q.key}`}
                      value={o.key}
                    />
                    <label htmlFor={`${id}-${o.key}`}>{o.label}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        return (
          <div key={q.key} className={`form-group${error ? " form-error" : ""}`}>
            <label className="form-label" htmlFor={id}>
              {q.text}
            </label>
            {error ? (
              <span className="form-error-message" id={`${id}-error`}>
                {error}
              </span>
            ) : null}
            {q.type === "number" ? (
              <input
                className="form-input input-width-xs"
                id={id}
                name={`q.${q.key}`}
                inputMode="numeric"
                aria-describedby={error ? `${id}-error` : undefined}
              />
            ) : (
              <textarea
                className="form-input"
                id={id}
                name={`q.${q.key}`}
                rows={4}
                maxLength={2000}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
