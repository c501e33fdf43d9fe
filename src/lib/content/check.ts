import { checkIntegrity } from '../evidence/integrity';
import { formatProblem, type Problem } from './problem';
import { readContent } from './read';
import { validateRecords, type Content } from './validate';

/** Reads, validates and integrity-checks a content folder: the single gate before every build and in tests. */
export function checkContent(contentDir: string, projectRoot = process.cwd()): { content: Content; problems: Problem[] } {
  const read = readContent(contentDir, projectRoot);
  const validated = validateRecords(read.records);
  const problems = [...read.problems, ...validated.problems, ...checkIntegrity(validated.content, validated.invalidIds)];
  return { content: validated.content, problems };
}

/** The message a failed build prints: a count, then one line per problem. */
export function describeProblems(problems: Problem[]): string {
  const lines = problems.map(formatProblem);
  return `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
