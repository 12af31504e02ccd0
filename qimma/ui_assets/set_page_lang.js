async (lang) => {
  document.documentElement.lang = lang;
  document.body.classList.toggle('qimma-rtl', lang === 'ar');
  try { localStorage.setItem('qimma-lang', lang); } catch (e) { /* private mode */ }
  // Gradio's own words (upload hints, buttons) follow its i18n store, which it set from the
  // browser's language once: switch it too, through the module Gradio itself loaded
  const core = performance.getEntriesByType('resource')
    .map((e) => e.name).find((n) => /\/core-[\w-]+\.js(\?|$)/.test(n));
  if (core) {
    try { (await import(core)).changeLocale?.(lang); } catch (e) { /* an older Gradio */ }
  }
  return lang;
}
