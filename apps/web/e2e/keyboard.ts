import type { Page } from 'playwright-core';

/**
 * Moves focus with the Tab key alone until the focused element's accessible name matches,
 * the way a keyboard user would reach a control. Fails if it is not reachable.
 */
export async function tabTo(page: Page, name: RegExp, maxTabs = 60): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      if (labelled) return labelled;
      const input = el as HTMLInputElement;
      if (input.labels && input.labels.length > 0)
        return Array.from(input.labels)
          .map((l) => l.textContent ?? '')
          .join(' ');
      return el.textContent ?? input.value ?? '';
    });
    if (name.test(label.replace(/\s+/g, ' ').trim())) return;
  }
  throw new Error(`could not reach ${name} with the keyboard`);
}

/** Types into whatever has focus, key by key. */
export async function typeHere(page: Page, text: string) {
  await page.keyboard.type(text);
}
