/** One thing wrong with the content, located so an author can fix it without searching. */
export interface Problem {
  /** Path of the file, relative to the project, e.g. `content/claims/cjng-fto.yaml`. */
  file: string;
  /** The record id (or the file name when the id itself is unreadable). */
  record: string;
  /** The field path, e.g. `sources[0].source`, or `body (line 12)` for article text. */
  field: string;
  /** What is wrong, as a sentence fragment following the field. */
  message: string;
}

/** `content/<path>: <record id>: <field path>: <what is wrong>` — the one format every content error uses. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
}

/** Formats field paths the way authors read them: `attribution[2].description`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(record)' : out;
}
