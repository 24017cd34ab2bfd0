// The live switch of the claims page: new claims of the view's filters, from the store's Server-Sent Events,
// prepended as they are stored. Every field is set as text, never as markup.
const box = document.getElementById('live');
const status = document.getElementById('live-status');
const list = document.getElementById('claims');
let source = null;

function shade(score) {
  return 's' + Math.min(9, Math.floor(score * 10));
}

function card(claim) {
  const article = document.createElement('article');
  article.className = 'claim live ' + shade(claim.checkworthiness);
  article.dataset.claimId = claim.claimId;
  const text = document.createElement('p');
  text.className = 'claim-text';
  const link = document.createElement('a');
  link.href = '/explorer/documents/' + encodeURIComponent(claim.documentId) + '#claim-' + claim.ordinal;
  link.textContent = claim.text;
  text.append(link);
  const facts = document.createElement('p');
  facts.className = 'muted';
  const claimant = claim.claimant && claim.claimant.name ? claim.claimant.name : 'the document';
  facts.textContent = claimant + (claim.cue ? ' · cue “' + claim.cue + '”' : '') + ' · score '
    + claim.checkworthiness.toFixed(2) + ' · ' + claim.language + ' · new';
  article.append(text, facts);
  return article;
}

function stop() {
  if (source) {
    source.close();
    source = null;
  }
  status.textContent = '';
}

function start() {
  source = new EventSource(box.dataset.feed);
  source.addEventListener('open', () => { status.textContent = 'live: waiting for new claims'; });
  source.addEventListener('error', () => { status.textContent = 'live: reconnecting'; });
  source.addEventListener('claim', (event) => {
    const empty = list.querySelector('.empty');
    if (empty) {
      empty.remove();
    }
    list.prepend(card(JSON.parse(event.data)));
    status.textContent = 'live: a claim arrived';
  });
}

if (box) {
  box.addEventListener('change', () => (box.checked ? start() : stop()));
}
