// Runs before Gradio draws anything. Gradio's components read their words through the `i18n`
// of one helper class once, when drawn; reading that `i18n` now also reads the locale store,
// so every drawn word is read again when the locale changes (the page's toggle calls
// window.qimmaGradioLocale).
import * as core from '__CORE__';
import * as helperModule from '__HELPER__';

window.qimmaGradioLocale = (lang) => core.changeLocale(lang);
const Helper = Object.values(helperModule).find((v) => typeof v === 'function' && v.prototype
  && Object.prototype.hasOwnProperty.call(v.prototype, '_translate_and_store'));
const own = Helper && Object.getOwnPropertyDescriptor(Helper.prototype, 'i18n');
if (own && own.get && own.set) {
  Object.defineProperty(Helper.prototype, 'i18n', {
    configurable: true,
    get() {
      const translate = own.get.call(this);
      // a reactive read: whatever reads `i18n` while drawing is drawn again on a new locale
      void this._i18n_from_store?.current;
      return translate;
    },
    set(value) { own.set.call(this, value); },
  });
  window.qimmaGradioWordsLive = true;
}
