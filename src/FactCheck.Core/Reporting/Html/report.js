// FactCheck's HTML report: filters by severity and rule, and a self-check that a browser test reads
// (the counts of facts, charts, marks and rows, any sideways overflow, and every script error) from #self-check.
"use strict";
(function () {
  var errors = [];
  var blocked = 0;
  var result = { filters: "not run" };
  window.addEventListener("error", function (e) { errors.push(String(e.message || e)); write(); });
  document.addEventListener("securitypolicyviolation", function (e) { blocked++; errors.push("blocked " + e.blockedURI); write(); });

  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card[data-severity][data-rule]"));

  function hiddenBy(card, off) {
    return !!(off["severity:" + card.getAttribute("data-severity")] || off["rule:" + card.getAttribute("data-rule")]);
  }

  function unchecked() {
    var off = {};
    boxes.forEach(function (box) {
      if (!box.checked) { off[box.getAttribute("data-filter") + ":" + box.value] = true; }
    });
    return off;
  }

  function apply() {
    var off = unchecked();
    var shown = 0;
    cards.forEach(function (card) {
      card.hidden = hiddenBy(card, off);
      if (!card.hidden) { shown++; }
    });
    var count = document.getElementById("shown");
    if (count) { count.textContent = shown + " of " + cards.length + " shown"; }
  }

  // Each box unchecked alone hides exactly the cards it names, and checked again shows them all.
  function testFilters() {
    var failures = [];
    boxes.forEach(function (box) {
      box.checked = false;
      apply();
      var name = box.getAttribute("data-filter");
      cards.forEach(function (card) {
        if (card.hidden !== (card.getAttribute("data-" + name) === box.value)) { failures.push(name + "=" + box.value + " on " + card.id); }
      });
      box.checked = true;
      apply();
    });
    cards.forEach(function (card) { if (card.hidden) { failures.push("still hidden: " + card.id); } });
    return failures.length === 0 ? "ok" : failures.join("; ");
  }

  function count() {
    var facts = document.querySelectorAll(".fact");
    var totals = { charts: 0, marks: 0, rows: 0, disputedMarks: 0, disputedRows: 0 };
    var mismatched = [];
    facts.forEach(function (fact) {
      var charts = fact.querySelectorAll("svg.timeline").length;
      var marks = fact.querySelectorAll("svg.timeline .mark");
      var rows = fact.querySelectorAll("tr.claim").length;
      var disputedMarks = fact.querySelectorAll("svg.timeline .mark.disputed").length;
      var disputedRows = fact.querySelectorAll("tr.claim.disputed").length;
      totals.charts += charts; totals.marks += marks.length; totals.rows += rows;
      totals.disputedMarks += disputedMarks; totals.disputedRows += disputedRows;
      if (charts !== 1 || marks.length !== rows || disputedMarks !== disputedRows) { mismatched.push(fact.id); }
      marks.forEach(function (mark) {
        var row = document.getElementById(mark.getAttribute("href").slice(1));
        if (!row || !fact.contains(row)) { mismatched.push(fact.id + " " + mark.getAttribute("href")); }
      });
    });
    result.facts = facts.length;
    result.charts = totals.charts;
    result.marks = totals.marks;
    result.rows = totals.rows;
    result.disputedMarks = totals.disputedMarks;
    result.disputedRows = totals.disputedRows;
    result.mismatched = mismatched.join(" ");
    // pixels the page is wider than the window: a narrow screen must not scroll sideways
    result.overflow = Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  function write() {
    var out = document.getElementById("self-check");
    if (!out) { return; }
    Object.keys(result).forEach(function (key) { out.setAttribute("data-" + key.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }), String(result[key])); });
    out.setAttribute("data-errors", String(errors.length));
    out.setAttribute("data-blocked", String(blocked));
    out.textContent = errors.join("\n");
  }

  try {
    boxes.forEach(function (box) { box.addEventListener("change", apply); });
    count();
    if (location.hash === "#self-check") { result.filters = testFilters(); }
    apply();
    result.done = "yes";
  } catch (e) {
    errors.push(String(e && e.stack || e));
  } finally {
    write();
  }
})();
