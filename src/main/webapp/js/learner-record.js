// The record's print button: shown only where script runs (it is hidden in the markup), since
// without script the browser's own Print does the same.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  }
});
