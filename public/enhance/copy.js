// Progressive enhancement for cite boxes: a "Copy" button after each citation. Without JavaScript the citations
// are plain selectable text; with it, one press copies the text exactly as shown.
for (const block of document.querySelectorAll('[data-copy]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy ${block.dataset.copy}`);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(block.innerText.trim());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select the text to copy';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  block.after(button);
}
