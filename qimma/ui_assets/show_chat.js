() => {
  // bring the chat into view as a question is sent (after a citation click on a phone the
  // page has scrolled down to the source panel)
  const chat = document.querySelector('#qimma-chatbot');
  if (!chat) return;
  const r = chat.getBoundingClientRect();
  if (r.bottom < 0 || r.top > window.innerHeight || r.top < -r.height / 2) {
    chat.scrollIntoView({block: 'start'});
  }
}
