if (!window.__qimmaCiteListener) {
  window.__qimmaCiteListener = true;
  const open = (chip) => {
    document.querySelectorAll('.qimma-cite.qimma-active')
      .forEach((c) => c.classList.remove('qimma-active'));
    chip.classList.add('qimma-active');
    const q = new URLSearchParams(chip.getAttribute('href').split('?')[1] || '');
    trigger('click', {doc: q.get('doc'), start: Number(q.get('start')),
                      end: Number(q.get('end')), marker: q.get('marker')});
  };
  document.addEventListener('click', (e) => {
    const chip = e.target.closest && e.target.closest('a.qimma-cite[href^="#qimma-cite"]');
    if (chip) { e.preventDefault(); e.stopPropagation(); open(chip); }
  }, true);
  document.addEventListener('keydown', (e) => {
    const chip = e.target.closest && e.target.closest('a.qimma-cite[href^="#qimma-cite"]');
    if (chip && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(chip); }
  }, true);
}
watch('value', () => {
  const mark = element.querySelector('mark.qimma-mark');
  const box = element.closest('#qimma-panel');
  if (!mark || !box) return;
  const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTop += offset - box.clientHeight / 3;
  const r = mark.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({block: 'center'});
});
