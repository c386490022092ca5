// Scroll to the quote named in the URL hash once the source text is drawn, and mark it.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  scamFigures: {
    scrollToHash: function (_children, hash) {
      if (!hash) { return ""; }
      const id = decodeURIComponent(hash.slice(1));
      window.requestAnimationFrame(function () {
        document.querySelectorAll(".is-target").forEach(function (el) { el.classList.remove("is-target"); });
        const anchor = document.getElementById(id);
        if (!anchor) { return; }
        document.querySelectorAll('mark[data-q~="' + CSS.escape(id) + '"]').forEach(function (mark) {
          mark.classList.add("is-target");
        });
        anchor.scrollIntoView({block: "center"});
        anchor.focus({preventScroll: true});
      });
      return id;
    }
  }
});
