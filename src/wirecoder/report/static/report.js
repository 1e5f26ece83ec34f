// wirecoder report: draws the charts and opens evidence panels.
// Article text is only ever inserted with textContent / text nodes, never as
// HTML, so whatever an article contains is shown as text.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  var panel = document.getElementById("evidence");
  var list = document.getElementById("evidence-list");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // The article with its sentence marked and, inside it, the span in bold.
  function showArticle(mention) {
    var article = DATA.articles[mention.a];
    var body = document.getElementById("evidence-text");
    body.textContent = "";
    if (!article) {
      body.appendChild(el("p", "empty", "The article is not in this report."));
      return;
    }
    document.getElementById("evidence-outlet").textContent = article.outlet || article.source || "outlet not recorded";
    document.getElementById("evidence-date").textContent = article.published || "date unknown";
    document.getElementById("evidence-headline").textContent = article.title || "(untitled)";
    var link = document.getElementById("evidence-url");
    link.textContent = article.url || "";
    if (article.url && /^https?:\/\//i.test(article.url)) link.href = article.url; else link.removeAttribute("href");
    document.getElementById("evidence-for").textContent = mention.l || "";
    panel.dataset.article = mention.a;
    panel.dataset.sentence = mention.s;

    var text = article.text;
    var sentence = article.sentences[mention.s];
    var start = sentence ? sentence[0] : mention.b;
    var end = sentence ? sentence[1] : mention.e;
    if (start === null || start === undefined || end === null || end === undefined) {
      body.appendChild(document.createTextNode(text));
      return;
    }
    body.appendChild(document.createTextNode(text.slice(0, start)));
    var mark = el("mark", "sentence");
    var spanStart = mention.b, spanEnd = mention.e;
    if (spanStart !== null && spanStart !== undefined && spanEnd > spanStart &&
        spanStart >= start && spanEnd <= end) {
      mark.appendChild(document.createTextNode(text.slice(start, spanStart)));
      mark.appendChild(el("strong", "span", text.slice(spanStart, spanEnd)));
      mark.appendChild(document.createTextNode(text.slice(spanEnd, end)));
    } else {
      mark.textContent = text.slice(start, end);
    }
    body.appendChild(mark);
    body.appendChild(document.createTextNode(text.slice(end)));
    mark.scrollIntoView({block: "center"});
  }

  function openEvidence(title, mentions) {
    document.getElementById("evidence-title").textContent = title;
    list.textContent = "";
    panel.hidden = false;
    if (!mentions.length) {
      document.getElementById("evidence-text").textContent = "No evidence was stored for this item.";
      return;
    }
    mentions.forEach(function (mention, i) {
      var article = DATA.articles[mention.a] || {};
      var item = el("li");
      var button = el("button", "mention");
      button.type = "button";
      button.appendChild(el("span", "mention-number", String(i + 1)));
      if (mention.l) button.appendChild(el("span", "mention-label", mention.l));
      button.appendChild(el("span", "outlet", article.outlet || article.source || "outlet not recorded"));
      button.appendChild(el("span", "date", article.published || "undated"));
      button.addEventListener("click", function () {
        list.querySelectorAll("button.mention").forEach(function (b) { b.classList.remove("current"); });
        button.classList.add("current");
        showArticle(mention);
      });
      item.appendChild(button);
      list.appendChild(item);
      if (i === 0) button.click();
    });
  }

  function openItems(keys) {
    var mentions = [], labels = [];
    keys.forEach(function (key) {
      var item = DATA.items[key];
      if (!item) return;
      labels.push(item.label);
      item.evidence.forEach(function (m) {
        mentions.push({a: m.a, s: m.s, b: m.b, e: m.e, l: keys.length > 1 ? item.label : m.l});
      });
    });
    var title = labels.length === 1 ? labels[0] : labels.length + " events";
    openEvidence(title, mentions);
  }
  window.wirecoderOpenItems = openItems;

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-item]");
    if (target) openItems([target.getAttribute("data-item")]);
  });
  document.getElementById("evidence-close").addEventListener("click", function () {
    panel.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) document.getElementById("evidence-close").click();
  });

  function eventKeys(customdata) {
    return String(customdata).split(",").filter(Boolean).map(function (id) { return "e" + id; });
  }

  Object.keys(DATA.charts).forEach(function (name) {
    var node = document.getElementById(name);
    if (!node || typeof Plotly === "undefined") return;
    var figure = DATA.charts[name];
    Plotly.newPlot(node, figure.data, figure.layout, DATA.config).then(function () {
      node.dataset.ready = "true";
    });
    node.on("plotly_click", function (click) {
      if (click.points && click.points.length) openItems(eventKeys(click.points[0].customdata));
    });
  });
})();
