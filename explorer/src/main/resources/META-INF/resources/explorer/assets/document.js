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
