// The document page: the claim selected (in the text or the list) is marked in the text and its details are shown.
// Without this module the page's :target rules still show the details of the claim a link points at.
function select() {
  const selected = /^#(?:detail|claim)-(\d+)$/.exec(window.location.hash);
  document.querySelectorAll('mark.span.current').forEach((mark) => mark.classList.remove('current'));
  document.querySelectorAll('.claim-detail.shown').forEach((detail) => detail.classList.remove('shown'));
  if (!selected) {
    return;
  }
  const mark = document.getElementById('claim-' + selected[1]);
  const detail = document.getElementById('detail-' + selected[1]);
  if (mark) {
    mark.classList.add('current');
  }
  if (detail) {
    detail.classList.add('shown');
  }
}

window.addEventListener('hashchange', select);
select();

// A document still being extracted, or whose claims or text are still being stored: look again until the store has
// them all, then show the page as it stands (the claims appear as soon as they are stored). The text comes on its own
// topic, so it may be stored after the claims.
const state = document.getElementById('document-state');

function settled(status, stored, count, text) {
  return status === 'failed'
    || (status === 'processed' && text === 'true' && count !== '' && Number(stored) >= Number(count));
}

async function watch() {
  try {
    const response = await fetch(state.dataset.source, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const now = await response.json();
      const count = now.claimCount === null || now.claimCount === undefined ? '' : String(now.claimCount);
      if (now.status !== state.dataset.status || String(now.storedClaims) !== state.dataset.stored
          || count !== state.dataset.count
          || String(now.text !== null && now.text !== undefined) !== state.dataset.text) {
        window.location.reload();
        return;
      }
    }
  } catch (error) {
    // A look that failed (a dropped connection, the store restarting) is tried again like a refused one: left
    // uncaught, it ended the watching, and the page stayed as it was first shown.
  }
  window.setTimeout(watch, 1000);
}

if (state && !settled(state.dataset.status, state.dataset.stored, state.dataset.count, state.dataset.text)) {
  window.setTimeout(watch, 1000);
}
