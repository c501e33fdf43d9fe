/**
 * The English words of the site's vocabulary: the statuses, the uses and the roles in an attribution chain, as
 * badges, charts, hubs, filters and the methodology page show them. Every other language's dictionary has the same
 * shape (`Dictionary`), so a missing entry fails the type check.
 */
export const en = {
  /** BCP 47 locale for dates, numbers and sorting. */
  locale: 'en-GB',
  /** Month names as chart labels abbreviate them. */
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** What a missing date reads as. */
  dateUnknown: 'date unknown',
  /** The five statuses: their label, what the mark looks like, when an editor assigns each, and typical sources. */
  status: {
    documented: {
      label: 'Documented',
      mark: 'solid fill',
      useWhen:
        'The proposition can be checked in a primary public record (a statute, treaty, court filing, official register or statistic, manufacturer specification, or the text of a statement itself), or at least two independent outlets with first-hand access confirm it.',
      typicalSources: 'Official registers, treaty texts, specification sheets, official datasets, transcripts.',
    },
    reported: {
      label: 'Reported',
      mark: 'diagonal hatching',
      useWhen: 'A credible outlet publishes it, attributing it to sources (often unnamed), and nothing public confirms or refutes it.',
      typicalSources: 'Newspapers citing officials, research reports.',
    },
    alleged: {
      label: 'Alleged',
      mark: 'dashed outline, no fill',
      useWhen: 'A party with a stake (a government, state media, a prosecutor, a combatant, a rival) asserts it without public evidence. Unadjudicated indictments belong here.',
      typicalSources: 'Ministry statements, state-media articles, indictments.',
    },
    disputed: {
      label: 'Disputed',
      mark: 'cross-hatching',
      useWhen: 'A named party with standing denies it, or credible sources conflict, and no primary record settles it.',
      typicalSources: 'Denials, competing reports.',
    },
    contradicted: {
      label: 'Contradicted',
      mark: 'outline struck through',
      useWhen:
        'A primary record shows the proposition is inaccurate as stated, for example a figure that differs from the manufacturer’s specification. The claim is kept, with the record that contradicts it.',
      typicalSources: 'Specification sheets, official data.',
    },
  },
  /** The kinds of drone use, with a one-line definition each. */
  use: {
    trafficking: { name: 'Trafficking', definition: 'Drugs or contraband carried by drone across a border or a line.' },
    'prison-contraband': { name: 'Prison contraband', definition: 'Drones carrying contraband into prisons.' },
    surveillance: { name: 'Surveillance', definition: 'Drones watching police, rivals, ports or routes.' },
    attack: { name: 'Attacks', definition: 'Drones carrying explosives or weapons, and training to use them.' },
    maritime: { name: 'Maritime', definition: 'Unmanned or semi-submersible boats.' },
    'counter-drone': { name: 'Counter-drone', definition: 'What states and others do against drones: laws, detection, jamming, interception.' },
    other: { name: 'Other', definition: 'Everything else the evidence is about: media, sanctions, recruitment, manufacturers.' },
  },
  /** The labels of each status's definition on the methodology page. */
  /** The feed of new articles. */
  feed: { articlesTitle: 'new articles', articlesDescription: 'New evidence-graded explainers on drones and organized crime.' },
  /** The search page, and the words its script shows (handed to it in data attributes). */
  search: {
    title: 'Search',
    description: 'Search every article, claim, source, actor and glossary term, and filter the results by status, type, party, topic, country and use.',
    noScript: 'Search runs in your browser and needs JavaScript, which is off or not available here. Everything it searches is also listed on these pages:',
    claimsByStatus: 'Claims by status',
    andThe: 'and the',
    explorer: 'evidence explorer',
    searchFor: 'Search for',
    button: 'Search',
    filters: { status: 'Status', type: 'Type', party: 'Party', topic: 'Topic', country: 'Country', use: 'Use' },
    any: { status: 'Any status', type: 'Any type', party: 'Any party', topic: 'Any topic', country: 'Any country', use: 'Any use' },
    result: 'result',
    results: 'results',
    shown: 'first {n} shown',
    page: 'Page',
  },
  /** The page another language offers where a page is not yet translated. */
  untranslated: {
    title: 'Not yet translated',
    notYet: 'This page is not yet available in English:',
    readOriginal: 'Read it in Spanish',
  },
  statusDefinition: { mark: 'Mark:', useWhen: 'Use when:', typicalSources: 'Typical sources:' },
  /** How each link of an attribution chain reads before the party's name. */
  role: {
    publisher: 'Published by',
    intermediary: 'citing',
    source: 'citing',
    originator: 'attributing it to',
  },
  /** Names of the reserved codes that are no country. */
  reservedCountry: { EU: 'European Union' },
  /** The frame of every page: header, navigation, footer. */
  layout: {
    /** The language's name in itself, as the language switcher offers it. */
    languageName: 'English',
    languageNav: 'Language',
    skipLink: 'Skip to content',
    siteNav: 'Site',
    moreNav: 'More of the site',
    breadcrumb: 'Breadcrumb',
    nav: {
      home: 'Home',
      articles: 'Articles',
      claims: 'Claims',
      countries: 'Countries',
      uses: 'Uses',
      explorer: 'Explorer',
      search: 'Search',
      sources: 'Sources',
      actors: 'Actors',
      glossary: 'Glossary',
      methodology: 'Methodology',
      about: 'About',
      timeline: 'Timeline',
      charts: 'Charts',
      data: 'Open data',
      corrections: 'Corrections',
      articleFeed: 'Feed: new articles',
      correctionFeed: 'Feed: corrections',
    },
    feeds: { articles: 'New articles', corrections: 'Corrections' },
    footer: {
      statuses: 'Every statement on this site carries a status: documented, reported, alleged, disputed or contradicted.',
      howWeAssign: 'How we assign them',
      licence: 'Text and data',
      thirdParty: 'third-party material keeps its own terms.',
    },
  },
  /** The cite box on every citable page. */
  cite: {
    heading: (what: string) => `Cite ${what}`,
    help: 'Citations name the version dated below; add the date you read the page where your style asks for it.',
    helpOriginals: ' Cite the original sources too when you rely on what they say.',
    note: 'Note (short form, with the bibliography entry):',
    originals: (count: number, style: string) => `The ${count} original sources, in ${style}`,
    files: 'For reference managers',
    download: 'Download',
    withOriginals: ', each with the original sources',
    filesHelp: 'The BibTeX file is written for biblatex and biber; for Zotero, EndNote or Mendeley, the RIS file keeps every item type.',
    /** The copy buttons the cite box's script adds (handed to it in data attributes). */
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Select the text to copy',
    copyWhat: (what: string) => `Copy ${what}`,
    citationIn: (style: string) => `${style} citation`,
  },
  /** The words around a claim's badge where an article refers to it. */
  claimRef: { claim: 'claim', noDate: 'n.d.' },
  /** The figure around every chart. */
  chart: {
    inWords: 'In words:',
    rows: (count: number) => `Data: the ${count} plotted rows`,
    reuse: 'Reuse this chart:',
    page: 'chart page and citation',
    csv: 'CSV of the rows',
  },
  /** An article's page around its text. */
  article: {
    firstPublished: 'First published',
    updated: 'updated',
    readingNote: 'Each label in the text links to the claim record: its status, who says it, and the sources.',
    howToRead: 'How to read the labels',
    contents: 'Contents',
    readNext: 'Read next',
    claims: 'Claims in this article',
    sources: 'Sources',
    changes: 'Change log',
    series: 'Articles in reading order',
    previous: 'Previous article',
    next: 'Next article',
    /** The search filter value of explainers and of site pages. */
    type: 'Article',
    pageType: 'Page',
    citeWhat: 'this article',
    citeWhatPage: 'this page',
    ogAlt: (title: string) => `${title}: the article’s claims by status`,
    /** Beside a link to a page that is only in English (said in the other languages). */
    inEnglish: '(in English)',
  },
  /** A claim's page. */
  claim: {
    title: (statement: string) => `Claim: ${statement}`,
    description: (status: string, date: string, statement: string) => `${status} as of ${date}: ${statement}`,
    type: 'Claim',
    asOf: 'as of',
    firstPublished: 'First published',
    lastUpdated: 'last updated',
    about: 'About:',
    why: 'Why this status',
    who: 'Who says it',
    sources: 'Sources',
    relation: { supports: 'Supporting sources', disputes: 'Disputing sources', context: 'Context' },
    locator: 'Locator:',
    history: 'Status history and changes',
    noHistory: 'No status changes since this claim was first published.',
    current: '(current)',
    otherChanges: 'Other changes',
    appearsIn: 'Appears in',
    related: 'Related claims',
    events: 'Events',
    aboutActors: 'About',
    citeWhat: 'this claim',
  },
  /** What kind of document a source is. */
  sourceKind: {
    'primary-record': 'Primary record',
    'news-report': 'News report',
    'state-media': 'State-affiliated media',
    'official-statement': 'Official statement',
    analysis: 'Analysis',
    'social-media': 'Social media post',
  },
  /** An attribution chain as a list. */
  chain: {
    summary: (links: number, unnamed: number) => `${links} ${links === 1 ? 'link' : 'links'}, ${unnamed} unnamed.`,
    unnamed: 'Unnamed:',
    within: 'within',
  },
  /** Where and what a record is about, for screen readers. */
  scope: { where: 'Where: ', use: 'Use: ' },
  /** What form of publication a source is. */
  sourceForm: {
    newspaper: 'Newspaper article',
    'news-site': 'News website article',
    magazine: 'Magazine article',
    journal: 'Journal article',
    report: 'Report',
    dataset: 'Data set',
    webpage: 'Web page',
    video: 'Video',
    post: 'Social media post',
  },
  /** A source's page. */
  source: {
    title: (title: string) => `Source: ${title}`,
    recordTitle: (title: string) => `Source record: ${title}`,
    recordGenre: 'Source record',
    type: 'Source',
    ourTranslation: '(our translation)',
    describedTitle: 'The document has no title we could see; the bracketed title is our description of it.',
    stateMedia: 'State-affiliated media.',
    establishedBy: 'Established by:',
    publisher: 'Publisher',
    container: 'Published in',
    form: 'Form',
    author: 'Author',
    noByline: 'No byline shown',
    editor: 'Editor',
    published: 'Published',
    dateUnknown: 'Date unknown',
    address: 'Address',
    noUrl: 'No URL:',
    via: 'Seen via',
    accessed: 'Accessed',
    archive: 'Archived copy',
    noArchive: 'None known',
    language: 'Language',
    note: 'Note',
    repeatsHeading: 'What this source repeats',
    repeats: 'Repeats',
    repeatsUnseen: 'Repeats a document we did not see:',
    named: ', which it names as its source.',
    inferred: ', as we infer from matching wording; it does not name it.',
    changed: 'What changed:',
    saysHeading: 'In repeating it, it says:',
    citedBy: 'Claims that cite this source',
    notCited: 'No claim cites this source directly.',
    relation: { supports: 'supports', disputes: 'disputes', context: 'context for' },
    citeWhat: 'the original document',
  },
  /** Counts of things, in the language's grammar of number. */
  count: {
    claims: (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`,
    sources: (n: number) => `${n} ${n === 1 ? 'source' : 'sources'}`,
    actors: (n: number) => `${n} ${n === 1 ? 'actor' : 'actors'}`,
    events: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
  },
  /** The home page. */
  home: {
    title: 'Home',
    description: 'An open, evidence-graded explainer on drones and organized crime: every statement marked as documented, reported, alleged, disputed or contradicted.',
    heading: 'Drones and organized crime, graded by evidence',
    introStart: 'This site explains how criminal organisations use drones and how stories about them travel. Every statement of substance is a',
    claim: 'claim',
    introMiddle: 'with a status that describes the public evidence for it, the',
    sources: 'sources',
    introEnd: 'behind it, and the chain of who says it, citing whom.',
    startHere: 'Start here',
    articles: 'Articles',
    updated: 'Updated',
    atAGlance: 'The evidence at a glance',
    soFar: (claims: string, sources: string, actors: string) => `${claims}, ${sources} and ${actors} so far.`,
    howWeAssign: 'How we assign a status',
    timeline: 'Timeline of events',
    charts: 'All charts',
  },
  /** The index of every claim. */
  claims: {
    title: 'All claims by status',
    description: (count: number) => `All ${count} claims on this site, grouped by the status of the evidence.`,
    heading: 'All claims, by status',
    intro: 'on this site, grouped by the status of the public evidence.',
    meaning: 'What the statuses mean',
    statuses: 'Statuses',
    none: 'No claims have this status.',
  },
  /** The glossary page. */
  glossary: {
    title: 'Glossary',
    type: 'Glossary term',
    terms: (n: number) => `${n} ${n === 1 ? 'term' : 'terms'}`,
    description: (terms: string) => `${terms} used on this site, each defined in our words with the sources behind the definition.`,
    intro: 'that readers meet in the articles. Each definition is in our words and lists the sources it rests on. The five evidence statuses are explained on the',
    methodology: 'methodology page',
    aliases: 'Also written:',
    sources: 'Sources:',
    locator: 'Locator:',
    related: 'See also:',
  },
  /** What a use or country page holds. */
  hub: {
    byStatus: 'Claims by status',
    articles: 'Articles',
    claims: (n: number) => `Claims (${n})`,
    noClaims: 'The site holds no claims on this yet.',
    events: (n: number) => `Events (${n})`,
    noEvents: 'No dated events are recorded for this yet.',
    claimNumber: (n: number) => `claim ${n}`,
    charts: 'Charts',
  },
  /** The list of every hub an article can embed (`<Hubs />`). */
  hubList: { byUse: 'By use', allUses: 'all uses', byCountry: 'By country', allCountries: 'all countries' },
  /** The pages of each use and each country, and their indexes. */
  hubs: {
    useTitle: (name: string) => `Drone use: ${name}`,
    countryTitle: (name: string) => `Country: ${name}`,
    topicPage: 'Topic page',
    thisPage: 'this page',
    allUses: 'All uses',
    allCountries: 'All countries',
    usesTitle: 'Uses',
    usesDescription: 'What the site holds on each kind of criminal drone use, and on what is done against drones.',
    usesHeading: 'Claims and events by use',
    usesIntro: 'Every claim and event on the site is tagged with the kinds of drone use it is about. Each use has a page with its claims by status, its events, and the articles and charts that draw on them.',
    byCountry: 'Claims and events by country',
    countsLine: (claims: string, events: string) => `${claims}, ${events}.`,
  },
  /** A country's page. */
  country: {
    description: (claims: string, events: string, name: string) => `${claims} and ${events} about ${name} on this site, by the status of the evidence.`,
    intro: (name: string, claims: string, events: string) =>
      `Everything this site holds about ${name}: ${claims}, grouped by the status of the public evidence, ${events}, and the articles and charts that draw on them. A claim is listed here when it concerns ${name} (where something happened, or an act, law or statistic of its state), not because an outlet there reported it.`,
    datedEvents: (n: number) => `${n} ${n === 1 ? 'dated event' : 'dated events'}`,
    byUse: 'By use:',
    onTheMap: (name: string) => `${name} on the map`,
    beside: ', beside the other countries the site holds claims on.',
    mapHeading: 'On the map',
  },
  /** A use's page. */
  usePage: {
    description: (definition: string, claims: string, events: string) => `${definition} ${claims} and ${events} on this site, by status.`,
    intro: (claims: string, events: string, countries: string | null) =>
      `This page gathers every record of the site about it: ${claims}, grouped by the status of the public evidence, ${events}, and the articles and charts that draw on them${countries ? `, from ${countries}` : ''}. A claim's status describes the evidence, not how common a use is.`,
    countries: (n: number) => `${n} ${n === 1 ? 'country' : 'countries'}`,
  },
  /** The site's index pages. */
  index: {
    notFoundTitle: 'Page not found',
    notFoundDescription: 'This address does not match any page on the site.',
    notFoundText: 'No page has this address. Claim, source and actor addresses never change, so a broken link may have a typing error.',
    tryThese: 'Try one of these:',
    searchSite: 'Search the site',
    andThe: 'and the',
    articlesLower: 'articles',
    allClaims: 'All claims by status',
    orThe: 'or the',
    explorerLower: 'evidence explorer',
    allSources: 'All sources',
    actorsLower: 'actors',
    andTheGlossary: 'and the',
    glossaryLower: 'glossary',
    articlesDescription: 'The explainers of this site, in reading order, with the evidence behind each at a glance.',
    articlesIntro: 'The explainers in reading order. Each one refers to its claims inline; the marks give how many of them have each status.',
    updated: 'Updated',
    chartsDescription: 'Every chart on this site, with its data and downloads.',
    chartsIntro:
      'Every chart on this site is drawn from the same claim and event records as the articles, and marks each claim by its status with the same patterns as the text. Each comes with a table of its rows, a text summary, and downloads: a self-contained SVG, a PNG and a CSV of the plotted rows.',
    timelineDescription: (n: number) => `${n} dated events on drones and organized crime, each marked by the status of the claim behind it.`,
    timelineHeading: 'Timeline of events',
    timelineIntro:
      'Incidents, statements, designations and publications in date order. Each event is marked with the status of the claim behind it, so an incident on the public record reads differently from one that is only reported. Open a row of the table for the claim and its sources.',
    sourcesDescription: (n: number) => `The ${n} documents behind the claims on this site, by kind.`,
    sourcesIntro: 'grouped by kind of document. Each page gives the address as seen, the date we read it, and the claims that cite it.',
    countriesDescription: 'What the site holds on each country its claims and events are about.',
    countriesIntro: (min: number) =>
      `Every claim and event on the site names the countries it is about: where something happened, or whose act, law or statistic it concerns. Countries with ${min} or more claims have a page of their own.`,
    otherCountries: 'Other countries',
    otherCountriesIntro: (min: number) => `Named in fewer than ${min} claims each; the claims are listed on the`,
    byUse: 'Claims and events by use',
  },
  /** The words citations print: each style's name in the cite box, and what kind of work a page of this site is. */
  citation: {
    styles: {
      apa: 'APA (7th edition)',
      'modern-language-association': 'MLA (9th edition)',
      'chicago-author-date': 'Chicago (17th edition, author-date)',
      'chicago-note-bibliography': 'Chicago (17th edition, notes and bibliography)',
    },
    /** The description after a title ("[Claim record]"); APA 7 calls a data set "Data set", not CSL's "Dataset". */
    genre: { claim: 'Claim record', chart: 'Chart', hub: 'Topic page', data: 'Data set' },
    /** The open data's title after the site's: "Drones and Organized Crime: An Evidence-Graded Explainer: Open data". */
    openData: 'Open data',
  },
  /**
   * The words inside the charts: titles, captions, summaries, labels, legends and table headings, by chart kind.
   * What records say (statements, titles, measures, units, names) stays as the records give it.
   */
  charts: {
    /** A status after a number of claims or figures: "2 reported" (one claim or figure, or several). */
    statusWord: {
      documented: { one: 'documented', other: 'documented' },
      reported: { one: 'reported', other: 'reported' },
      alleged: { one: 'alleged', other: 'alleged' },
      disputed: { one: 'disputed', other: 'disputed' },
      contradicted: { one: 'contradicted', other: 'contradicted' },
    },
    /** The last join of a list of counts: "1 documented, 2 reported and 1 alleged". */
    and: 'and',
    /** A list of counts with nothing in it. */
    none: 'none',
    /** Marks with no graded claim behind them. */
    noClaim: 'No graded claim',
    /** The credit line of a chart of figures. */
    credit: (publishers: string) => `Sources: ${publishers}. Each figure links its claim record and sources.`,
    /** The figures of a chart by status. */
    figuresAre: (counts: string) => `The figures are ${counts}.`,
    /** The periods of a series of figures. */
    periods: {
      calendarYears: 'calendar years',
      months: 'months',
      days: 'single days',
      twelveMonths: (from: string, to: string) => `twelve-month years from ${from} to ${to}`,
      mixed: 'periods of different lengths, as each figure gives them',
      /** A run of months as a table writes it: "April 2020 to March 2021". */
      range: (start: string, end: string) => `${start} to ${end}`,
    },
    anatomy: {
      title: (article: string) => `Anatomy of a report: the claims in “${article}”`,
      caption: 'Each square is one claim, in the order the article makes it; read left to right, row by row. The bars below total the claims by status.',
      summary: (claims: number, counts: string) => `The article makes ${claims} claims: ${counts}.`,
      sourceLine: 'Source: the claim records of this site; each claim page lists the sources behind it.',
      columns: { number: '#', claim: 'Claim', status: 'Status' },
      total: 'Total by status',
    },
    attribution: {
      title: (statement: string) => `Who says it: the attribution chain of “${statement}”`,
      caption: 'Read from the outermost link, the party that published the claim, to the innermost, the party said to hold the knowledge. A dashed box is a party the source does not name.',
      summary: (links: number, unnamed: number, chain: string, status: string) =>
        `The claim reaches the reader through ${links} link${links === 1 ? '' : 's'}, ${unnamed} of them unnamed: ${chain}. Its status is ${status}.`,
      /** An unnamed party in the summary's chain, with what the record says of it. */
      unnamedParty: (party: string) => `an unnamed party (${party})`,
      /** An unnamed party the record does not describe. */
      undescribed: 'unnamed',
      sourceLine: 'Source: the claim record of this site and the sources it lists.',
      columns: { link: 'Link', role: 'Role', party: 'Party', named: 'Named' },
      named: 'Named',
      unnamed: 'Unnamed',
      status: (status: string) => `Status of the claim: ${status}`,
    },
    comparison: {
      title: (measure: string) => `Claimed and documented: ${measure}`,
      caption: 'Each bar is one figure as a source states it, marked by the status of the claim. The vertical rule is the documented figure.',
      same: 'same as the documented figure',
      /** "0.3 kg (11%) more than the documented figure". */
      gap: (difference: string, more: boolean) => `${difference} ${more ? 'more' : 'less'} than the documented figure`,
      documentedFigure: 'documented figure',
      reference: (who: string, figure: string) => `${who} gives ${figure} (documented).`,
      other: (who: string, figure: string, gap: string, status: string) => `${who} gives ${figure}, ${gap} (${status})`,
      gives: (who: string, figure: string) => `${who} gives ${figure}`,
      noneDocumented: 'No figure is documented.',
      columns: { who: 'Stated by', figure: 'Figure', condition: 'Condition', against: 'Against the documented figure', status: 'Status' },
      rule: (figure: string) => `Documented: ${figure}`,
      unnamedSource: 'Unnamed source',
    },
    breakdown: {
      article: {
        title: 'Status breakdown by article',
        caption: 'Each bar is one article: its claims, split by status. The figure after the bar is how many of them are documented.',
        noun: 'the claims it refers to',
        group: 'article',
        column: 'Article',
      },
      actor: {
        title: 'Status breakdown by party',
        caption: 'Each bar is one party: the claims in whose attribution chain it appears by name, split by status. The figure after the bar is how many of them are documented.',
        noun: 'the claims in whose attribution chain it is named',
        group: 'party',
        column: 'Party',
      },
      summary: (group: string, noun: string, groups: string) => `For each ${group}, ${noun}: ${groups}.`,
      share: (documented: number, claims: number) => `${documented} of ${claims} documented`,
      sourceLine: 'Source: the claim records of this site.',
      claims: 'Claims',
    },
    series: {
      caption: 'Each bar is one figure for one period, as a source states it, marked by the status of its claim. Periods without a published figure are left out, not drawn as zero.',
      summary: (measure: string, unit: string, first: string, firstPeriod: string, last: string, lastPeriod: string, high: string, highPeriod: string, low: string, lowPeriod: string) =>
        `${measure} (${unit}): from ${first} in ${firstPeriod} to ${last} in ${lastPeriod}; highest ${high} (${highPeriod}), lowest ${low} (${lowPeriod}).`,
      columns: { period: 'Period', value: (unit: string) => `Value (${unit})`, sources: 'Sources', status: 'Status' },
    },
    sideBySide: {
      title: (series: number) => `Official counts side by side: ${series} series, each on its own scale`,
      caption:
        'Each panel is one published count with its own axis, unit and period. The panels count different things over different periods, so their bars cannot be compared from one panel to the next. Each bar is marked by the status of the claim that states it; periods without a published figure are left out.',
      /** One panel in the summary: "Drones seized (drones, calendar years): 9 in 2021 to 12 in 2022, 2 figures; sources: Paper." */
      panel: (measure: string, unit: string, periods: string, counts: string | null, first: string, firstPeriod: string, last: string, lastPeriod: string, figures: number, sources: string) =>
        `${measure} (${unit}, ${periods}${counts ? `; counts: ${counts}` : ''}): ${first} in ${firstPeriod} to ${last} in ${lastPeriod}, ${figures} figures; sources: ${sources}.`,
      columns: { series: 'Series', period: 'Period', value: 'Value', unit: 'Unit', sources: 'Sources', status: 'Status' },
      counts: (counts: string) => `Counts: ${counts}`,
      source: (sources: string) => `Source: ${sources}`,
    },
    timeline: {
      title: 'Timeline of events',
      scoped: (scope: string) => `Timeline: ${scope}`,
      caption: 'Events in date order. Each mark shows the status of the claim behind the event, so a reader can tell a documented event from one only reported.',
      none: 'No events.',
      summary: (events: number, first: string, last: string, counts: string | null, ungraded: number) =>
        `${events} events from ${first} to ${last}${counts ? `; their claims are ${counts}` : ''}${ungraded > 0 ? `; ${ungraded} ${ungraded === 1 ? 'has' : 'have'} no graded claim behind ${ungraded === 1 ? 'it' : 'them'}` : ''}.`,
      sourceLine: 'Source: the event records of this site; each links the claim and sources behind it.',
      columns: { date: 'Date', event: 'Event', status: 'Status of the claim behind it' },
    },
    trail: {
      title: (statement: string) => `How the story travelled: ${statement}`,
      caption:
        'Each row is a document that carried the story, in date order, marked with the status of what it says. A line joins it to the earlier document it repeats: solid when it names that document, dashed when we infer it from matching words.',
      summary: (documents: number, origins: number, counts: string) =>
        `${documents} ${documents === 1 ? 'document repeats' : 'documents repeat'} ${origins === 1 ? 'one origin' : `${origins} origins`}; what they say is ${counts}.`,
      noChange: 'We saw no change of wording on the way.',
      changed: (documents: number, changes: string) => `${documents} changed something: ${changes}.`,
      sourceLine: 'Source: the source records of this site; each row links what it says and the documents behind it.',
      columns: { outlet: 'Outlet', date: 'Date', repeats: 'Repeats', how: 'How we know', says: 'What it says', status: 'Status', change: 'What changed' },
      origin: 'Origin',
      namesIt: 'It names it',
      inferred: 'Matching words (our inference)',
      same: 'says the same as what it repeats',
      change: (change: string) => `Changed: ${change}`,
      /** The origin of a trail that is a document we did not see, by the title of the event that records it. */
      notSeen: (event: string) => `${event} (not seen)`,
    },
    map: {
      region: { world: 'the world', americas: 'the Americas', europe: 'Europe' },
      title: (region: string) => `Where the evidence is: ${region}`,
      caption:
        'Each country that claims on this site concern is marked by the strongest status among them: solid where at least one claim is documented, hatched where claims are reported but none documented, and so on. ' +
        'A country with no mark holds no claim here, which says nothing of how much drone crime happens there. Countries too small to see are named below the map.',
      /** What each mark means on a map, where a country holds many claims. */
      marked: {
        documented: 'Any documented claim',
        reported: 'Reported, none documented',
        alleged: 'Alleged, none reported',
        disputed: 'Disputed or contradicted only',
        contradicted: 'Contradicted only',
      },
      inView: (countries: number) => `${countries} ${countries === 1 ? 'country or body' : 'countries or bodies'} in this view ${countries === 1 ? 'has' : 'have'} claims on this site.`,
      figure: 'The figure after each name is its number of claims.',
      listed: (names: string, count: number) => `${names} ${count === 1 ? 'is' : 'are'} not one country on the map and ${count === 1 ? 'is' : 'are'} listed below it.`,
      sourceLine: 'Source: the claim records of this site, by the countries each concerns. Boundaries: Natural Earth 1:110m, via world-atlas.',
      columns: { country: 'Country', claims: 'Claims', marked: 'Marked as' },
      key: 'Too small to see here, or not one country:',
    },
    /** An article's link-preview card. */
    card: {
      /** The site's title at the top of the card (the same as `SITE.title`). */
      site: 'Drones and Organized Crime: An Evidence-Graded Explainer',
    },
  },
  /** The kinds of party, as the actors' pages group and label them. */
  actorKind: {
    'state-media': 'State-affiliated media',
    'news-outlet': 'News outlet',
    government: 'Government or agency',
    official: 'Public official',
    'criminal-group': 'Criminal organisation',
    'armed-force': 'Armed force',
    company: 'Company',
    'international-body': 'International body',
    'research-organisation': 'Research organisation',
    person: 'Person',
    'unnamed-group': 'Unnamed group',
  },
  /** The index of actors. */
  actors: {
    description: (n: number) => `The ${n} ${n === 1 ? 'party that makes, relays or is' : 'parties that make, relay or are'} the subject of claims on this site.`,
    intro: (n: number) => `${n} ${n === 1 ? 'party that makes, relays or is' : 'parties that make, relay or are'} the subject of claims on this site.`,
  },
  /** An actor's page. */
  actor: {
    type: 'Actor',
    /** The page's description for search engines and link previews, from the actor's record. */
    description: (_name: string, _kind: string, description: string) => description,
    describedBy: 'Description based on:',
    attributed: 'In attribution chains',
    notAttributed: 'This actor is not a link in any claim’s attribution chain.',
    /** The actor's place in a claim's attribution chain, after the claim. */
    role: { publisher: 'publisher', intermediary: 'cited intermediary', source: 'source', originator: 'originator' },
    unnamed: ', unnamed',
    about: 'Claims about this actor',
    notAbout: 'No claim is filed as being about this actor.',
    published: 'Sources published by this actor',
  },
  /** A chart's own page. */
  chartPage: {
    title: (title: string) => `Chart: ${title}`,
    type: 'Chart',
    versionOf: 'Version of',
    version: ': the latest update of the claims it draws on.',
    citeWhat: 'this chart',
    /** Said in the other languages, where the chart's files are the English ones. */
    filesInEnglish: 'The SVG, PNG and CSV files of the charts are in English.',
  },
  /** The evidence explorer: every claim in one table, and the same table by status and by topic. */
  explorer: {
    title: 'Evidence explorer',
    description: (n: number) => `All ${n} claims in one table: status, who says it, when it was assessed, how many sources, and how many unnamed links.`,
    intro:
      'Every claim on the site in one table: its status, who says it, when we last assessed it, how many sources it cites and how many links of its attribution chain are unnamed. Open a claim for its sources and chain.',
    pagesNav: 'Claims by status and topic',
    byStatus: 'By status:',
    /** Read after a status's name in the link to its page, for screen readers. */
    statusClaims: ' claims',
    byTopic: 'By topic:',
    /** "By party: each [actor page] lists …". */
    byParty: { before: 'By party: each', link: 'actor page', after: 'lists the claims in which that party appears.' },
    /** "By [country] and by [use]: each has a page of its own." */
    byCountryAndUse: { by: 'By', country: 'country', andBy: 'and by', use: 'use', after: ': each has a page of its own.' },
    filters: { status: 'Status', actor: 'Says it', topic: 'Topic', country: 'Country', use: 'Use', words: 'Words in the claim' },
    any: { status: 'Any status', actor: 'Anyone', topic: 'Any topic', country: 'Any country', use: 'Any use' },
    filter: 'Filter',
    /** What the script writes once it has filtered the table; it puts the number of rows shown for `{shown}`. */
    shown: (total: number) => `{shown} of ${total} ${total === 1 ? 'claim' : 'claims'} shown`,
    caption: (n: number) => `All ${n} claims`,
    /** The table's column headings and cells. */
    columns: { claim: 'Claim', status: 'Status', saysIt: 'Says it', where: 'Where · use', assessed: 'Assessed', sources: 'Sources', unnamed: 'Unnamed links' },
    /** Who says a claim, when no party in its chain is named. */
    nobodyNamed: 'Unnamed',
    unnamedOf: (unnamed: number, links: number) => `${unnamed} of ${links}`,
    /** A status's page; `word` is the status as an adjective of a claim, `label` its name. */
    status: {
      title: (label: string, _word: string) => `${label} claims`,
      description: (n: number, label: string) => `The ${n === 1 ? 'one claim' : `${n} claims`} whose status is ${label.toLowerCase()}.`,
      /** Before the status's name in the heading, for screen readers. */
      heading: 'Claims: ',
      caption: (n: number, word: string) => `${n} ${word} ${n === 1 ? 'claim' : 'claims'}`,
      none: 'No claim has this status.',
    },
    /** An article's page: its claims. */
    topic: {
      title: (title: string) => `Claims in “${title}”`,
      /** The heading around the article's title: "Claims in “…”". */
      heading: { before: 'Claims in “', after: '”' },
      description: (n: number, title: string) => `The ${n === 1 ? 'one claim' : `${n} claims`} the article “${title}” refers to.`,
      read: 'Read the article',
    },
  },
  /** The open-data page: the files themselves are English only, at their permanent addresses. */
  openData: {
    description: 'Download every claim, source and event as CSV and JSON, with JSON Schemas and a ZIP bundle.',
    /** After the site's title in the data set's name: "…: open data". */
    datasetName: 'open data',
    datasetDescription: 'Every claim, source and event of the site, with the status of each claim, its attribution chain and its sources.',
    intro: (claims: string, sources: string, events: string) =>
      `Everything this site says is built from ${claims}, ${sources} and ${events}. The same records are here to download, for checking our work or for your own. This version:`,
    downloadAll: 'Download everything as one ZIP',
    bundle: (size: string) => `(${size}), with a README that explains each file, how to cite it and the licence.`,
    /** A file's size: bytes below one kilobyte, else kilobytes. */
    size: (size: string, kilobytes: boolean) => `${size} ${kilobytes ? 'KB' : 'bytes'}`,
    files: 'Files',
    /** What languages the files are in, said where the page is in another language; none in English. */
    filesLanguage: '',
    /** What each file holds, by its name; the README of the bundle says the same in English. */
    file: {
      'claims.csv': 'One row per claim: statement, status and dates, the attribution chain with its named and unnamed links, and the sources by relation.',
      'claims.json': 'Every claim record in full, as published, with its address and last update.',
      'sources.csv':
        'One row per source: kind, form, publisher, title (with our translation), bylines, dates, the address as we saw it, state affiliation, the earlier sources or events it repeats (`source:<id>`, `event:<id>`) and how many claims cite it.',
      'events.csv': 'One row per dated event, with the claims behind it and the status of the first of them.',
    },
    /** A JSON Schema file, by the record type it describes (`claim`, `glossary-term`, …). */
    schema: (record: string) =>
      `JSON Schema of ${/^[aeiou]/.test(record) ? 'an' : 'a'} ${record.replace('-', ' ')} record${record === 'article' ? "'s front matter" : ''}, generated from the schema the build validates with.`,
    stableHeading: 'Addresses that do not change',
    stable: 'Each file keeps its address from one version to the next; new files are added beside them, and none is renamed. The column names of the CSV files are kept, and new columns are added at the end.',
    licenceHeading: 'Licence',
    /** "Our text and data are published under [licence]. Third-party …". */
    licence: { before: 'Our text and data are published under', after: '. Third-party material quoted or linked in the records keeps its own terms.' },
    singleClaim: 'When you rely on a single claim, cite its claim page, which gives the citation in several styles, and the original sources it lists.',
    citeWhat: 'the data',
  },
  /** The corrections page: the policy, and every status change. */
  corrections: {
    description: "How this site corrects itself, and every change of a claim's status with its date and reason.",
    policy: 'Our corrections policy',
    statusDescribes:
      'A claim’s status describes the public evidence on the date it was assessed. When the evidence changes, or when we find that we graded it wrongly, we change the status and say so. We treat each of these as a correction:',
    kinds: ['a claim whose status changes, in either direction;', 'a figure, date, name or quotation that we fix;', 'a source we add or remove because it changes what a claim rests on.'],
    dated:
      'Every correction is dated and explained in one sentence. A claim keeps its address when it is corrected, and its page shows its full status history, so a citation made before the correction can still be checked against what it cited. We do not delete claims that turn out to be wrong: a claim the record contradicts is kept, marked contradicted, with the record that contradicts it.',
    notCorrections: 'Spelling, wording that does not change the meaning, and layout are not corrections and are not logged. Articles show their first publication date and their last update.',
    reports: 'A report of an error is checked against the sources before anything changes; a report alone never changes a status.',
    log: 'Status changes',
    none: 'No claim has changed status since it was first published.',
    count: (n: number) => `${n} ${n === 1 ? 'status change' : 'status changes'}, newest first.`,
    /** Between the earlier status and the later one: "[Documented] changed to [Reported]". */
    changedTo: 'changed to',
  },
};
