// Runs before Gradio starts: Gradio takes its locale from the browser's language, so the
// reader's saved choice (the page's toggle) is made the browser's language for this page.
(() => {
  let lang = null;
  try { lang = localStorage.getItem('qimma-lang'); } catch (e) { /* private mode */ }
  if (lang !== 'ar' && lang !== 'en') return;
  const other = (navigator.languages || []).filter((l) => !l.toLowerCase().startsWith(lang));
  try {
    Object.defineProperty(navigator, 'language', {value: lang, configurable: true});
    Object.defineProperty(navigator, 'languages', {value: [lang, ...other], configurable: true});
  } catch (e) { /* a browser that refuses: Gradio starts in the browser's language */ }
})();
