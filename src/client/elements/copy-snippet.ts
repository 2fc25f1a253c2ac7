/** Copies the snippet in its text area and says so. */
class CopySnippet extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]')!;
    const area = this.querySelector<HTMLTextAreaElement>('textarea')!;
    this.useServedAddress(area);
    const label = button.textContent;
    button.addEventListener('click', async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(area.value);
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Selected: press Ctrl+C to copy';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }

  /** Snippets built without a SITE_URL name a placeholder address: when served, use the real one. */
  private useServedAddress(area: HTMLTextAreaElement): void {
    const placeholder = this.closest<HTMLElement>('[data-site]')?.dataset.site;
    if (!placeholder || !/^https?:$/.test(location.protocol)) return;
    const root = new URL(document.documentElement.dataset.root ?? '/', location.href).href;
    area.value = area.value.split(placeholder).join(root);
  }
}

customElements.define('copy-snippet', CopySnippet);
