// Progressive enhancement for the evidence explorer: filter the claims table by status, party, topic, country,
// use and words, and sort it by any column. Without JavaScript the full table and the per-status and per-topic pages still work.
// The words it writes are the page's own, in the page's language (the count's `data-shown`); it matches and sorts
// text as a reader of that language does, with or without accents.
const table = document.querySelector('[data-explorer-table]');
const controls = document.querySelector('[data-explorer-controls]');
if (table && controls) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const field = (name) => controls.querySelector(`[name="${name}"]`);
  const count = controls.querySelector('[data-explorer-count]');
  const language = document.documentElement.lang;
  const collator = new Intl.Collator(language);
  const plain = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(language);
  const apply = () => {
    const status = field('status').value;
    const actor = field('actor').value;
    const topic = field('topic').value;
    const country = field('country').value;
    const use = field('use').value;
    const words = plain(field('words').value.trim());
    let shown = 0;
    for (const row of rows) {
      const match =
        (!status || row.dataset.status === status) &&
        (!actor || row.dataset.actor === actor) &&
        (!topic || row.dataset.topics.split(' ').includes(topic)) &&
        (!country || row.dataset.countries.split(' ').includes(country)) &&
        (!use || row.dataset.uses.split(' ').includes(use)) &&
        (!words || plain(row.cells[0].textContent).includes(words));
      row.hidden = !match;
      if (match) shown += 1;
    }
    count.textContent = count.dataset.shown.replace('{shown}', String(shown));
  };
  for (const input of controls.querySelectorAll('select, input')) input.addEventListener('input', apply);
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });

  const STATUS_ORDER = ['documented', 'reported', 'alleged', 'disputed', 'contradicted'];
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = header.textContent;
    header.textContent = '';
    header.append(button);
    button.addEventListener('click', () => {
      const direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      const key = (row) => {
        const cell = row.cells[column];
        const value = cell.dataset.value ?? cell.textContent.trim();
        if (header.dataset.sort === 'number') return Number(value);
        if (header.dataset.sort === 'status') return STATUS_ORDER.indexOf(value);
        return value;
      };
      const compare = (a, b) => (typeof a === 'string' ? collator.compare(a, b) : a - b);
      const sign = direction === 'ascending' ? 1 : -1;
      rows.sort((a, b) => sign * compare(key(a), key(b)));
      body.append(...rows);
    });
  });
  controls.hidden = false;
  apply();
}
