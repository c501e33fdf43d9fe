// Progressive enhancement for cite boxes: a "Copy" button after each citation. Without JavaScript the citations
// are plain selectable text; with it, one press copies the text exactly as shown.
// The words are the page's own, in its language: the cite box carries them, and each block names what it copies.
for (const block of document.querySelectorAll('[data-copy]')) {
  const said = block.closest('.cite-box')?.dataset ?? {};
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = said.copyLabel;
  button.setAttribute('aria-label', block.dataset.copy);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(block.innerText.trim());
      button.textContent = said.copied;
    } catch {
      button.textContent = said.copyFailed;
    }
    setTimeout(() => (button.textContent = said.copyLabel), 2000);
  });
  block.after(button);
}
