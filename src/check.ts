/**
 * The single gate before every build and in tests: it reads a content folder, validates every record, checks the
 * records against each other and every chart an article asks for. It sits above the library and the charts, so
 * neither imports the other's checks.
 */
import { checkCharts } from './charts/check';
import { checkIntegrity } from './lib/evidence/integrity';
import { formatProblem, type Problem } from './lib/content/problem';
import { readContent } from './lib/content/read';
import { validateRecords, type Content } from './lib/content/validate';

/** Reads, validates and checks a content folder, returning every problem, not only the first. */
export function checkContent(contentDir: string, projectRoot = process.cwd()): { content: Content; problems: Problem[] } {
  const read = readContent(contentDir, projectRoot);
  const validated = validateRecords(read.records);
  const problems = [...read.problems, ...validated.problems, ...checkIntegrity(validated.content, validated.invalidIds), ...checkCharts(validated.content)];
  return { content: validated.content, problems };
}

/** The message a failed build prints: a count, then one line per problem. */
export function describeProblems(problems: Problem[]): string {
  const lines = problems.map(formatProblem);
  return `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
