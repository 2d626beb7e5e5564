// After a post the page opens at its top; bring the keyboard and screen reader user to what the
// post produced: the first field with a problem, else a result marked data-focus.
document.addEventListener('DOMContentLoaded', function () {
  var target = document.querySelector('[aria-invalid="true"]') || document.querySelector('[data-focus]');
  if (target) {
    target.focus();
  }
});
