// The language switch keeps the reader on the same chart: it carries the address's #anchor along
// (the server already put the page and its query in the link; the anchor never reaches the server).
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a[data-lang-switch]") : null;
  if (link && window.location.hash) {
    link.href = link.href.split("#")[0] + window.location.hash;
  }
}, true);
