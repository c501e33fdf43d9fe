// Search with Pagefind's static index: results with their status mark, narrowed by status, type, party and topic.
const form = document.querySelector('[data-search-form]');
if (form) {
  // The index sits beside this script's folder, under whatever sub-path the site is served from.
  const base = new URL('../', import.meta.url).pathname;
  const pagefind = await import(`${base}pagefind/pagefind.js`);
  await pagefind.options({ excerptLength: 24, baseUrl: base });
  const available = await pagefind.filters();
  const selects = [...form.querySelectorAll('select[data-filter]')];
  for (const select of selects) {
    const values = Object.entries(available[select.dataset.filter] ?? {}).sort(([a], [b]) => a.localeCompare(b, document.documentElement.lang));
    // Statuses are filtered by their code and shown by their name in the page's language.
    const name = (value) => (select.dataset.filter === 'status' ? document.querySelector(`template[data-status-badge="${value}"]`)?.content.querySelector('.status-label')?.textContent ?? value : value);
    for (const [value, count] of values) select.add(new Option(`${name(value)} (${count})`, value));
  }
  const results = document.querySelector('[data-search-results]');
  const status = document.querySelector('[data-search-status]');
  // The page's own words for what the script writes, in the page's language.
  const said = status.dataset;
  const badge = (name) => document.querySelector(`template[data-status-badge="${name}"]`)?.content.cloneNode(true);
  // Pagefind's excerpts are text with <mark> around the matches: keep the marks, turn anything else into text.
  const excerpt = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    for (const element of template.content.querySelectorAll('*')) if (element.tagName !== 'MARK') element.replaceWith(element.textContent);
    return template.content;
  };
  let latest = 0;
  const search = async () => {
    const run = ++latest;
    const query = form.elements.q.value.trim();
    const filters = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter, select.value]));
    if (!query && Object.keys(filters).length === 0) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.search(query || null, { filters });
    const pages = await Promise.all(found.results.slice(0, 40).map((result) => result.data()));
    if (run !== latest) return;
    status.textContent = `${found.results.length} ${found.results.length === 1 ? said.result : said.results}${found.results.length > pages.length ? `, ${said.shown.replace('{n}', pages.length)}` : ''}`;
    results.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const heading = document.createElement('p');
        heading.className = 'search-result-title';
        const kind = document.createElement('span');
        kind.className = 'record-type';
        kind.textContent = page.meta.type ?? said.page;
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title;
        heading.append(kind, ' ');
        if (page.meta.status) heading.append(badge(page.meta.status), ' ');
        heading.append(link);
        const text = document.createElement('p');
        text.className = 'search-excerpt';
        text.append(excerpt(page.excerpt));
        item.append(heading, text);
        return item;
      }),
    );
  };
  form.addEventListener('input', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) form.elements.q.value = initial;
  document.querySelector('[data-search-fallback]').hidden = true;
  form.hidden = false;
  search();
}
