/*
 * BKSB Unmatched: a Link re-renders the report without the linked row, taking the focused button
 * with it. Focus then goes to the learners' heading (not the top of the page), and the status
 * region (role=status) says what was linked.
 */
(function () {
  'use strict';
  window.bksbUnmatched = {
    linked: function (data) {
      if (data.status !== 'success') {
        return;
      }
      var active = document.activeElement;
      if (active === null || active === document.body || !document.body.contains(active)) {
        var heading = document.getElementById('learners-heading');
        if (heading !== null) {
          heading.focus();
        }
      }
    }
  };
})();
