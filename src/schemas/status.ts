/**
 * The five evidence statuses of the methodology page, weakest evidence last.
 * This list is the single definition: schemas, badges, charts and the methodology page read it.
 */
export const STATUSES = ['documented', 'reported', 'alleged', 'disputed', 'contradicted'] as const;

export type Status = (typeof STATUSES)[number];

export interface StatusDefinition {
  /** When an editor assigns this status, in a reader's words. */
  useWhen: string;
  /** The kinds of source that typically carry a claim with this status. */
  typicalSources: string;
}

export const STATUS_DEFINITIONS: Record<Status, StatusDefinition> = {
  documented: {
    useWhen:
      'The proposition can be checked in a primary public record (a statute, treaty, court filing, official register or statistic, manufacturer specification, or the text of a statement itself), or at least two independent outlets with first-hand access confirm it.',
    typicalSources: 'Official registers, treaty texts, specification sheets, official datasets, transcripts.',
  },
  reported: {
    useWhen:
      'A credible outlet publishes it, attributing it to sources (often unnamed), and nothing public confirms or refutes it.',
    typicalSources: 'Newspapers citing officials, research reports.',
  },
  alleged: {
    useWhen:
      'A party with a stake (a government, state media, a prosecutor, a combatant, a rival) asserts it without public evidence. Unadjudicated indictments belong here.',
    typicalSources: 'Ministry statements, state-media articles, indictments.',
  },
  disputed: {
    useWhen:
      'A named party with standing denies it, or credible sources conflict, and no primary record settles it.',
    typicalSources: 'Denials, competing reports.',
  },
  contradicted: {
    useWhen:
      'A primary record shows the proposition is inaccurate as stated, for example a figure that differs from the manufacturer’s specification. The claim is kept, with the record that contradicts it.',
    typicalSources: 'Specification sheets, official data.',
  },
};
