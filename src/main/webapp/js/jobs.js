/*
 * The jobs console's live execution: while the shown execution runs, a timer clicks its Refresh
 * button (a Faces Ajax request that re-renders the live part), and sets the next timer only when
 * the answer has arrived, so requests never pile up; it stops once an answer says the execution
 * ended. The live region hears only changes of status, not every count, so a screen reader is not
 * kept talking while the progress bar moves.
 */
(function () {
  'use strict';
  var INTERVAL_MS = 1000;
  var RETRY_MS = 5000;
  var timer = null;
  var announced = null;
  var focusWasInDetail = false;

  function live() {
    return document.getElementById('detail:live');
  }

  function running() {
    var el = live();
    return el !== null && el.getAttribute('data-running') === 'true';
  }

  /** Tells the live region the status when it differs from what the page said before. */
  function announce() {
    var el = live();
    var region = document.getElementById('announcer');
    if (el === null || region === null) {
      return;
    }
    var text = el.getAttribute('data-announce');
    if (announced !== null && text !== announced) {
      region.textContent = text;
    }
    announced = text;
  }

  function schedule(delay) {
    if (timer !== null || !running()) {
      return;
    }
    timer = window.setTimeout(function () {
      timer = null;
      var button = document.getElementById('detail:poll');
      if (button !== null && running()) {
        var detail = document.getElementById('detail');
        focusWasInDetail = detail !== null && detail.contains(document.activeElement);
        button.click();
      }
    }, delay);
  }

  /** When an ended execution's buttons are re-rendered, focus goes to its heading, not the page. */
  function keepFocus() {
    var active = document.activeElement;
    if (focusWasInDetail && (active === null || active === document.body)) {
      var heading = document.getElementById('execution');
      if (heading !== null) {
        heading.focus();
      }
    }
    focusWasInDetail = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    announce();
    if (window.faces && window.faces.ajax) {
      window.faces.ajax.addOnEvent(function (data) {
        if (data.status === 'success') {
          announce();
          keepFocus();
          schedule(INTERVAL_MS);
        }
      });
      window.faces.ajax.addOnError(function () {
        // The server or the network failed this once: try again, more slowly.
        schedule(RETRY_MS);
      });
      schedule(INTERVAL_MS);
    }
  });
})();
