// Progressive enhancement only: every page works without script.
// Forms with data-confirm ask before posting (dissolving a unit, ending an assignment).
document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute && form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// Selects marked data-autosubmit submit their form when changed (filters); the submit button stays for keyboards
// and browsers without script.
document.addEventListener('change', function (event) {
    var element = event.target;
    if (element.hasAttribute && element.hasAttribute('data-autosubmit') && element.form) {
        element.form.requestSubmit();
    }
});

// Buttons marked data-print print the page (the fee collection sheet); no inline handlers under the
// Content-Security-Policy.
document.addEventListener('click', function (event) {
    var element = event.target;
    var button = element && element.closest ? element.closest('[data-print]') : null;
    if (button) {
        event.preventDefault();
        window.print();
    }
});
