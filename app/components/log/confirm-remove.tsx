import { PostForm } from "../form";

/**
 * A removal set apart from the save buttons and confirmed: the first tap opens the question, the
 * second removes (works without JavaScript).
 */
export function ConfirmRemove({ label, question, confirm }: { label: string; question: string; confirm: string }) {
  return (
    <details className="danger-zone">
      <summary className="button button-secondary">{label} …</summary>
      <p>{question}</p>
      <PostForm>
        <button type="submit" name="intent" value="remove" className="button button-warning">
          {confirm}
        </button>
      </PostForm>
    </details>
  );
}
