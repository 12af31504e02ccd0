if (!window.__qimmaEventRefListener) {
  window.__qimmaEventRefListener = true;
  const open = (ref) => {
    document.querySelectorAll('a.qimma-evref.qimma-active')
      .forEach((c) => c.classList.remove('qimma-active'));
    ref.classList.add('qimma-active');
    const q = new URLSearchParams(ref.getAttribute('href').split('?')[1] || '');
    trigger('click', {doc: q.get('doc'), start: Number(q.get('start')),
                      end: Number(q.get('end')), marker: q.get('marker')});
  };
  document.addEventListener('click', (e) => {
    const ref = e.target.closest && e.target.closest('a.qimma-evref[href^="#qimma-event-ref"]');
    if (ref) { e.preventDefault(); e.stopPropagation(); open(ref); }
  }, true);
  document.addEventListener('keydown', (e) => {
    const ref = e.target.closest && e.target.closest('a.qimma-evref[href^="#qimma-event-ref"]');
    if (ref && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(ref); }
  }, true);
}
watch('value', () => {
  const mark = element.querySelector('mark.qimma-mark');
  const box = element.closest('#qimma-event-panel');
  if (!mark || !box) return;
  const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTop += offset - box.clientHeight / 3;
  const r = mark.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({block: 'center'});
});
