(lang) => {
  document.documentElement.lang = lang;
  document.body.classList.toggle('qimma-rtl', lang === 'ar');
  return lang;
}
